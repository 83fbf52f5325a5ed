import { describe, expect, it } from 'vitest'
import en from '../src/i18n/locales/en.json'
import zhCN from '../src/i18n/locales/zh-CN.json'

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

function lookup(obj: object, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], obj)
}

// Every code the Go side sends (grep backend for `Code... = "`).
const codes = [
  'internal',
  'not_found',
  'invalid_input',
  'url.empty',
  'url.too_long',
  'url.scheme',
  'url.malformed',
  'url.no_host',
  'url.not_link',
  'link.not_found',
  'link.title_too_long',
  'link.notes_too_long',
  'tag.not_found',
  'tag.empty',
  'tag.too_long',
  'tag.comma',
  'tag.exists',
  'tag.bad_color',
  'settings.invalid',
  'capture.browser_missing',
  'capture.browser_start',
  'capture.invalid_url',
  'capture.dns',
  'capture.conn_refused',
  'capture.conn_failed',
  'capture.tls',
  'capture.timeout',
  'capture.too_many_redirects',
  'capture.renderer_crashed',
  'capture.browser_crashed',
  'capture.download',
  'capture.navigation',
  'capture.closed',
  'capture.http_4xx',
  'capture.http_5xx',
  'capture.failed',
  'capture.cancelled',
  'capture.disk',
  'snapshot.not_found',
  'snapshot.no_file',
  'system.open_failed',
  'import.unknown_format',
  'import.empty',
  'import.too_large',
  'import.malformed',
  'import.running',
  'export.unknown_format',
  'export.write',
  'deeplink.invalid',
  'linkfile.no_url',
]

describe('locales', () => {
  it('zh-CN and en have the same keys', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
  })

  it('no message is empty', () => {
    for (const locale of [en, zhCN]) {
      for (const k of keys(locale)) expect(String(lookup(locale, k)).trim(), k).not.toBe('')
    }
  })

  it.each(codes)('translates the error code %s in both languages', (code) => {
    expect(typeof lookup(en, `errors.${code}`)).toBe('string')
    expect(typeof lookup(zhCN, `errors.${code}`)).toBe('string')
  })
})
