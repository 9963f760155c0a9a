/**
 * zh-CN messages of the responses feature: `messages` is mounted at `responses.*`,
 * `errors` is merged into `error.*` (whole subtrees, keyed like the Go
 * error keys, e.g. error.answer.not_integer). The English file must have the
 * same shape (it is typed by this one).
 */
const responses = {
  messages: {
    title: '答卷',
  },
  errors: {},
}

export default responses
