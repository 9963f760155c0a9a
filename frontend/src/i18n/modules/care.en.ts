/** English messages of the closed-loop rules, care plans and the churn-risk list; typed by the zh-CN module. */
import type zh from './care.zh-CN'

const care: typeof zh = {
  messages: {
    title: 'Customer care',
  },
  errors: {
    care: {
      failed: 'The operation failed: {detail}',
    },
  },
}

export default care
