/** English messages of the one customer's profile, duplicates and merging, privacy (export, erase) and the retention job; typed by the zh-CN module. */
import type zh from './customerProfile.zh-CN'

const customerProfile: typeof zh = {
  messages: {
    title: 'Customer profile',
  },
  errors: {
    customer_records: {
      failed: 'The operation failed: {detail}',
    },
  },
}

export default customerProfile
