/** English messages of the tickets feature; typed by the zh-CN module. */
import type zh from './tickets.zh-CN'

const tickets: typeof zh = {
  messages: {
    title: '',
  },
  errors: {},
}

export default tickets
