/** English messages of the customers list, segments, tiers, RFM map, customer management score settings, snapshots and rates; typed by the zh-CN module. */
import type zh from './customers.zh-CN'

const customers: typeof zh = {
  messages: {
    title: 'Customers',
  },
  errors: {
    customer_insights: {
      failed: 'The operation failed: {detail}',
    },
  },
}

export default customers
