/** English messages of the satisfaction dashboard section; typed by the zh-CN module. */
import type zh from './satisfaction.zh-CN'

const satisfaction: typeof zh = {
  messages: {
    title: '',
  },
  errors: {},
}

export default satisfaction
