/** English messages of the ticketDetail feature; typed by the zh-CN module. */
import type zh from './ticketDetail.zh-CN'

const ticketDetail: typeof zh = {
  messages: {
    title: '',
  },
  errors: {},
}

export default ticketDetail
