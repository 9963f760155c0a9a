/**
 * zh-CN messages of the kiosk feature: `messages` is mounted at `kiosk.*`,
 * `errors` is merged into `error.*` (whole subtrees, keyed like the Go
 * error keys, e.g. error.answer.not_integer). The English file must have the
 * same shape (it is typed by this one).
 */
const kiosk = {
  messages: {
    title: '自助评价',
  },
  errors: {},
}

export default kiosk
