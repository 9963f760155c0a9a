/**
 * Typed facade over `api.Customers`: the look-up used by response entry and
 * calls (name, phone, email or company substring; phone digits match too).
 */
import { call } from './errors'
import * as Customers from '../../wailsjs/go/api/Customers'
import { arr } from './coerce'
import { toCustomerRow } from './normalize'
import type { CustomerRow } from './surveyTypes'


export const customersApi = {
  async search(q: string, limit = 10): Promise<CustomerRow[]> {
    if (q.trim() === '') return []
    return arr(await call(() => Customers.Search(q.trim(), limit))).map(toCustomerRow)
  },
}
