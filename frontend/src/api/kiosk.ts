/**
 * Typed facade over `api.Kiosk`: status, configure (active survey + 4–8
 * digit PIN), unlock, submit (source kiosk, the configured survey). Every
 * call rejects with an AppError (a locked kiosk: error.kiosk.locked).
 */
import { call } from './errors'
import * as Kiosk from '../../wailsjs/go/api/Kiosk'
import { api } from '../../wailsjs/go/models'
import { bool, optNum, rec } from './coerce'
import { toResponseDetail } from './normalize'
import { fromResponseInput } from './responses'
import type { KioskStatus, ResponseDetail, ResponseInput } from './surveyTypes'


function toStatus(v: unknown): KioskStatus {
  const o = rec(v)
  return { pinSet: bool(o.pinSet), surveyId: optNum(o.surveyId) }
}

export const kioskApi = {
  async status(): Promise<KioskStatus> {
    return toStatus(await call(() => Kiosk.Status()))
  },

  async configure(surveyId: number, pin: string): Promise<KioskStatus> {
    return toStatus(await call(() => Kiosk.Configure(surveyId, pin)))
  },

  /** true when the PIN matches. */
  async unlock(pin: string): Promise<boolean> {
    return (await call(() => Kiosk.Unlock(pin))) === true
  },

  async submit(r: ResponseInput): Promise<ResponseDetail> {
    return toResponseDetail(await call(() => Kiosk.Submit(api.ResponseInput.createFrom(fromResponseInput({ ...r, source: 'kiosk' })))))
  },
}
