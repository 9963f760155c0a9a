/** English messages of the notifications feature; typed by the zh-CN module. */
import type zh from './notifications.zh-CN'

const notifications: typeof zh = {
  messages: {
    title: '',
  },
  errors: {},
}

export default notifications
