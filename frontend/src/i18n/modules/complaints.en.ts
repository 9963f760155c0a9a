/** English messages of the complaints dashboard section; typed by the zh-CN module. */
import type zh from './complaints.zh-CN'

const complaints: typeof zh = {
  messages: {
    title: '',
  },
  errors: {},
}

export default complaints
