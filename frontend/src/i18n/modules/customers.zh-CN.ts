/**
 * zh-CN messages of the customers list, segments, tiers, RFM map, customer management score settings, snapshots and rates (the schema source; the English file is typed
 * by it): `messages` is mounted at `customers.*`; `errors` merges into
 * `error.customer_insights.*`.
 */
const customers = {
  messages: {
    title: '客户',
  },
  errors: {
    customer_insights: {
      failed: '操作失败：{detail}',
    },
  },
}

export default customers
