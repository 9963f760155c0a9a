/**
 * Label helpers of the profile screen: a vocabulary value (tier,
 * relationship, lifecycle, RFM segment, score component) in the UI
 * language — the customers screen's words (customers.*), so both screens
 * name things alike — with the "none" entry for "" and the raw value when
 * unknown.
 */
type T = (key: string, named?: Record<string, unknown>) => string
type TE = (key: string) => boolean

/** The label of `value` in vocabulary `group` (tier, relationship, lifecycle, rfmSegment or component). */
export function label(t: T, te: TE, group: string, value: string): string {
  const key = group === 'component' ? `customers.settings.${value}` : `customers.${group}.${value || 'none'}`
  return te(key) ? t(key) : value || '—'
}

/** Tag type of a value tier. */
export function tierType(tier: string): 'success' | 'info' | 'default' {
  return tier === 'high' ? 'success' : tier === 'medium' ? 'info' : 'default'
}
