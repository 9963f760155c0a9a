/**
 * zh-CN messages of the followups feature: `messages` is mounted at `followups.*`,
 * `errors` is merged into `error.*` (whole subtrees, keyed like the Go
 * error keys, e.g. error.answer.not_integer). The English file must have the
 * same shape (it is typed by this one).
 */
const followups = {
  messages: {
    title: '回访',
  },
  errors: {},
}

export default followups
