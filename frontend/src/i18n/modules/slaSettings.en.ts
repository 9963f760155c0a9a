/** English messages of the slaSettings feature; typed by the zh-CN module. */
import type zh from './slaSettings.zh-CN'

const slaSettings: typeof zh = {
  messages: {
    title: '',
  },
  errors: {},
}

export default slaSettings
