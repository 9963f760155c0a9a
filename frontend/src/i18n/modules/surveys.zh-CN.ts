/**
 * zh-CN messages of the surveys feature: `messages` is mounted at `surveys.*`,
 * `errors` is merged into `error.*` (whole subtrees, keyed like the Go
 * error keys, e.g. error.answer.not_integer). The English file must have the
 * same shape (it is typed by this one).
 */
const surveys = {
  messages: {
    title: '问卷',
  },
  errors: {},
}

export default surveys
