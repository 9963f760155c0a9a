/** English messages of the followups feature; typed by the zh-CN module. */
import type zh from './followups.zh-CN'

const followups: typeof zh = {
  messages: {
    title: 'Follow-up calls',
  },
  errors: {},
}

export default followups
