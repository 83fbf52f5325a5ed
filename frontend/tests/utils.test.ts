import { describe, expect, it } from 'vitest'
import { highlight } from '../src/utils/highlight'
import { relativeTime } from '../src/utils/time'
import { displayTitle, hostAndPath } from '../src/utils/url'

describe('highlight', () => {
  it('marks every match, case-insensitively', () => {
    expect(highlight('Go docs and GO tools', ['go'])).toEqual([
      { text: 'Go', hit: true },
      { text: ' docs and ', hit: false },
      { text: 'GO', hit: true },
      { text: ' tools', hit: false },
    ])
  })

  it('finds Chinese substrings and merges overlapping terms', () => {
    expect(highlight('网页快照工具介绍', ['快照', '照工具'])).toEqual([
      { text: '网页', hit: false },
      { text: '快照工具', hit: true },
      { text: '介绍', hit: false },
    ])
  })

  it('leaves markup as text', () => {
    const segs = highlight('<img src=x onerror=alert(1)>', ['img'])
    expect(segs.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)>')
  })

  it('handles no terms and empty text', () => {
    expect(highlight('abc', [])).toEqual([{ text: 'abc', hit: false }])
    expect(highlight('', ['a'])).toEqual([])
    expect(highlight('abc', ['  '])).toEqual([{ text: 'abc', hit: false }])
  })
})

describe('url', () => {
  it('shows host and path until there is a title', () => {
    expect(hostAndPath('https://example.com/')).toBe('example.com')
    expect(hostAndPath('https://example.com/a/b?x=1#y')).toBe('example.com/a/b')
    expect(hostAndPath('https://zh.wikipedia.org/wiki/%E5%BF%AB%E7%85%A7')).toBe(
      'zh.wikipedia.org/wiki/快照',
    )
    expect(displayTitle({ title: ' ', url: 'https://go.dev/doc/' })).toBe('go.dev/doc/')
    expect(displayTitle({ title: 'Go', url: 'https://go.dev/doc/' })).toBe('Go')
  })
})

describe('relativeTime', () => {
  const now = Date.UTC(2026, 0, 10, 12)
  it('speaks the UI language', () => {
    expect(relativeTime(now - 3 * 60_000, now, 'en')).toBe('3 minutes ago')
    expect(relativeTime(now - 2 * 3600_000, now, 'zh-CN')).toBe('2小时前')
    expect(relativeTime(now - 5_000, now, 'en')).toBe('now')
  })
})
