/** English messages of the surveys feature; typed by the zh-CN module. */
import type zh from './surveys.zh-CN'

const surveys: typeof zh = {
  messages: {
    title: 'Surveys',
  },
  errors: {},
}

export default surveys
