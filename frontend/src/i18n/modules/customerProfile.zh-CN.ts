/**
 * zh-CN messages of the one customer's profile, duplicates and merging, privacy (export, erase) and the retention job (the schema source; the English file is typed
 * by it): `messages` is mounted at `customerProfile.*`; `errors` merges into
 * `error.customer_records.*`.
 */
const customerProfile = {
  messages: {
    title: '客户档案',
  },
  errors: {
    customer_records: {
      failed: '操作失败：{detail}',
    },
  },
}

export default customerProfile
