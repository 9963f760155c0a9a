/** English messages of the verbatim themes; typed by the zh-CN module. */
import type zh from './themes.zh-CN'

const themes: typeof zh = {
  messages: {
    title: '',
  },
  errors: {},
}

export default themes
