import { describe, expect, it } from 'vitest'
import { AppError, call, toAppError } from '../src/api/call'
import { errorMessage, setLocale } from '../src/i18n'

describe('toAppError', () => {
  it('keeps the code and detail of a Go error', () => {
    const e = toAppError({ code: 'url.scheme', detail: 'javascript' })
    expect(e).toBeInstanceOf(AppError)
    expect([e.code, e.detail]).toEqual(['url.scheme', 'javascript'])
  })

  it('parses a JSON string', () => {
    const e = toAppError('{"code":"tag.exists","detail":"docs"}')
    expect([e.code, e.detail]).toEqual(['tag.exists', 'docs'])
  })

  it('turns anything else into internal', () => {
    expect(toAppError('boom').code).toBe('internal')
    expect(toAppError(new TypeError('x is undefined')).detail).toBe('x is undefined')
    expect(toAppError(undefined).code).toBe('internal')
    expect(toAppError({ code: '' }).code).toBe('internal')
  })
})

describe('call', () => {
  it('passes values through', async () => {
    await expect(call(() => Promise.resolve(42))).resolves.toBe(42)
  })

  it('rejects with an AppError', async () => {
    const p = call(() => Promise.reject({ code: 'link.not_found', detail: '7' }))
    await expect(p).rejects.toMatchObject({ code: 'link.not_found', detail: '7' })
  })
})

describe('errorMessage', () => {
  it('translates a known code', () => {
    setLocale('en')
    expect(errorMessage({ code: 'url.scheme', detail: '' })).toBe(
      'Only http and https links can be saved',
    )
    setLocale('zh-CN')
    expect(errorMessage({ code: 'url.scheme', detail: '' })).toBe('只支持 http 和 https 链接')
    setLocale('en')
  })

  it('falls back to internal with the detail', () => {
    setLocale('en')
    expect(errorMessage({ code: 'capture.unheard_of', detail: 'no such host' })).toBe(
      'Something went wrong: no such host',
    )
    expect(errorMessage({ code: 'url', detail: 'x' })).toBe('Something went wrong: x')
  })
})
