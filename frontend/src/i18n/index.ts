import { createI18n } from 'vue-i18n'
import en from './locales/en.json'
import zhCN from './locales/zh-CN.json'
import { AppError, toAppError } from '../api/call'

export type Locale = 'zh-CN' | 'en'

export const messages = { 'zh-CN': zhCN, en }

export const i18n = createI18n({
  legacy: false,
  locale: 'en' as Locale,
  fallbackLocale: 'en',
  messages,
})

/** setLocale switches every translated string and the page's lang. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}

/** errorMessage translates an error code, with the detail for unknown codes. */
export function errorMessage(err: unknown): string {
  const e: AppError = toAppError(err)
  const { t, te } = i18n.global
  const key = `errors.${e.code}`
  if (e.code !== 'internal' && te(key)) return t(key)
  return t('errors.internal', { detail: e.detail || e.code })
}
