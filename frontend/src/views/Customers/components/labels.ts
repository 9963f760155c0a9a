/**
 * Labels of the customer classes (tier, relationship, lifecycle, RFM
 * segment) from the customers.* messages, '' keys as "none", unknown keys
 * shown as they are; and the tag colour of a tier.
 */
type T = (key: string) => string
type TE = (key: string) => boolean

/** The label of key in group (tier, relationship, lifecycle, rfmSegment). */
export function labelOf(t: T, te: TE, group: string, key: string): string {
  const k = `customers.${group}.${key === '' ? 'none' : key}`
  return te(k) ? t(k) : key
}

/** naive-ui tag type of a value tier. */
export function tierType(tier: string): 'success' | 'info' | 'warning' | 'default' {
  return tier === 'high' ? 'success' : tier === 'medium' ? 'info' : tier === 'low' ? 'warning' : 'default'
}

export const tierKeys = ['high', 'medium', 'low', ''] as const
export const relationshipKeys = ['loyal', 'potential', 'at_risk', 'lost'] as const
export const lifecycleKeys = ['prospect', 'new', 'active', 'at_risk', 'lapsed'] as const
export const rfmSegmentKeys = [
  'champions', 'loyal', 'potential_loyalist', 'new', 'need_attention', 'at_risk', 'hibernating', 'lost', '',
] as const
