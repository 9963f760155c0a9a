/** English messages of the kiosk feature; typed by the zh-CN module. */
import type zh from './kiosk.zh-CN'

const kiosk: typeof zh = {
  messages: {
    title: 'Kiosk',
  },
  errors: {},
}

export default kiosk
