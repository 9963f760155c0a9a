/**
 * zh-CN messages of the closed-loop rules, care plans and the churn-risk list (the schema source; the English file is typed
 * by it): `messages` is mounted at `care.*`; `errors` merges into
 * `error.care.*`.
 */
const care = {
  messages: {
    title: '客户关怀',
  },
  errors: {
    care: {
      failed: '操作失败：{detail}',
    },
  },
}

export default care
