/** English messages of the ticketSetup feature; typed by the zh-CN module. */
import type zh from './ticketSetup.zh-CN'

const ticketSetup: typeof zh = {
  messages: {
    title: '',
  },
  errors: {},
}

export default ticketSetup
