/**
 * naive-ui theme overrides: naive-ui defaults plus one calm teal brand
 * colour, and the CJK-first font stack.
 */
import type { GlobalThemeOverrides } from 'naive-ui'

export const fontFamily =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", system-ui, -apple-system, "Segoe UI", sans-serif'

/**
 * The English UI's stack: Latin fonts first, so quotes and apostrophes keep
 * their Latin (narrow) shapes, then the CJK fonts for Chinese customer text.
 */
export const fontFamilyLatin =
  'system-ui, -apple-system, "Segoe UI", "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif'

/** The brand colour and its states, per theme. */
export const brand = {
  light: { primary: '#0e7c74', hover: '#13968c', pressed: '#0a5f59', suppl: '#13968c' },
  dark: { primary: '#2bb3a6', hover: '#45c7ba', pressed: '#1f8f85', suppl: '#45c7ba' },
} as const

/** Series colours for charts: responses in brand teal, tickets in slate amber. */
export const chartColors = {
  light: { responses: '#0e7c74', tickets: '#d08a2b', axis: '#8a9099', split: '#eceef1' },
  dark: { responses: '#2bb3a6', tickets: '#e0a34d', axis: '#8f96a0', split: '#2c2f35' },
} as const

export function themeOverrides(dark: boolean, locale: string = 'zh-CN'): GlobalThemeOverrides {
  const b = dark ? brand.dark : brand.light
  return {
    common: {
      fontFamily: locale === 'en' ? fontFamilyLatin : fontFamily,
      primaryColor: b.primary,
      primaryColorHover: b.hover,
      primaryColorPressed: b.pressed,
      primaryColorSuppl: b.suppl,
      borderRadius: '6px',
      bodyColor: dark ? '#17181c' : '#f5f6f8',
    },
    Layout: {
      color: dark ? '#17181c' : '#f5f6f8',
      siderColor: dark ? '#1d1f24' : '#ffffff',
      headerColor: dark ? '#1d1f24' : '#ffffff',
    },
    Card: {
      borderRadius: '8px',
    },
    Menu: {
      itemHeight: '40px',
    },
  }
}
