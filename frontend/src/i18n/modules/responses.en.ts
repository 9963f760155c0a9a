/** English messages of the responses feature; typed by the zh-CN module. */
import type zh from './responses.zh-CN'

const responses: typeof zh = {
  messages: {
    title: 'Responses',
  },
  errors: {},
}

export default responses
