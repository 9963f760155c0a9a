/** English messages of the slaFigures feature; typed by the zh-CN module. */
import type zh from './slaFigures.zh-CN'

const slaFigures: typeof zh = {
  messages: {
    title: '',
  },
  errors: {},
}

export default slaFigures
