/**
 * The message schema: the shape of the zh-CN messages. Every other locale is
 * declared with this type, so a missing or extra key fails the type-check.
 */
import type zhCN from './zh-CN'

export type MessageSchema = typeof zhCN

/** Locales the UI ships. */
export type AppLocale = 'zh-CN' | 'en'
