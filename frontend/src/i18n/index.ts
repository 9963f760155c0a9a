/**
 * vue-i18n setup (Composition API, runtime JIT compilation — no eval, so it
 * runs under the app's Content-Security-Policy) and helpers to translate an
 * AppError.
 */
import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'
import type { AppLocale, MessageSchema } from './schema'
import type { AppError } from '@/api'

export type { AppLocale, MessageSchema }

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
  missingWarn: false,
  fallbackWarn: false,
})

/** Switches the UI language and the document's lang attribute. */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}

/** Text for an AppError: its translated key if known, else its message. */
export function errorText(err: AppError): string {
  const g = i18n.global
  if (g.te(err.key)) return g.t(err.key, err.params)
  if (err.message) return err.message
  return g.t('error.internal')
}
