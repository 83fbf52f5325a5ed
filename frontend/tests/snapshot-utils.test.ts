import { describe, expect, it } from 'vitest'
import { formatBytes } from '../src/utils/bytes'
import { collapse, lineDiff } from '../src/utils/diff'
import { setLocale } from '../src/i18n'
import { hasContent, isSnapshotUrl, originalFile, snapshotUrl } from '../src/utils/snapshot'
import { statusLabel, stepLabel } from '../src/utils/status'
import { snap } from './setup-go'

describe('snapshotUrl', () => {
  it.each([
    [7, 'page.html', '/snapshot/7/page.html'],
    [7, 'favicon.ico', '/snapshot/7/favicon.ico'],
    [7, 'a b.png', '/snapshot/7/a%20b.png'],
    [0, 'page.html', ''],
    [-1, 'page.html', ''],
    [1.5, 'page.html', ''],
    [undefined, 'page.html', ''],
    [7, '', ''],
    [7, '../secret', ''],
    [7, 'a\\b', ''],
    [7, '..', ''],
    [7, 'index.html', ''],
  ])('snapshotUrl(%s, %j) is %j', (id, file, want) => {
    expect(snapshotUrl(id as number, file)).toBe(want)
  })

  it('recognises only snapshot addresses', () => {
    expect(isSnapshotUrl('/snapshot/3/page.html')).toBe(true)
    expect(isSnapshotUrl('https://evil.example/snapshot/3/page.html')).toBe(false)
    expect(isSnapshotUrl('/snapshot/3/')).toBe(false)
    expect(isSnapshotUrl('/snapshot/0/page.html')).toBe(false)
  })

  it('finds the original of a direct file link and what is worth showing', () => {
    expect(originalFile(snap(1, { files: ['meta.json', 'original.pdf'] }))).toBe('original.pdf')
    expect(originalFile(snap(1))).toBe('')
    expect(hasContent(snap(1))).toBe(true)
    expect(hasContent(snap(1, { status: 'failed' }))).toBe(false)
    expect(hasContent(snap(1, { status: 'queued', files: [] }))).toBe(false)
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [812, '812 B'],
    [4300, '4.2 KB'],
    [1363149, '1.3 MB'],
    [2 * 1024 ** 3, '2.0 GB'],
    [-1, '—'],
  ])('%d is %s', (n, want) => expect(formatBytes(n)).toBe(want))
})

describe('lineDiff', () => {
  it('marks added and removed lines', () => {
    const d = lineDiff('a\nb\nc\n', 'a\nB\nc\nd')
    expect(d.lines).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ])
    expect([d.added, d.removed]).toEqual([2, 1])
  })

  it('sees no change in the same text, whatever its line endings', () => {
    const d = lineDiff('x\r\ny', 'x\ny\n')
    expect([d.added, d.removed]).toEqual([0, 0])
  })

  it('handles empty texts', () => {
    expect(lineDiff('', '').lines).toEqual([])
    expect(lineDiff('', 'new').added).toBe(1)
  })

  it('collapses long unchanged runs around the changes', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n')
    const after = before.replace('line 10', 'line ten')
    const shown = collapse(lineDiff(before, after).lines, 2)
    expect(shown[0]).toEqual({ kind: 'gap', n: 8 })
    expect(shown.filter((l) => l.kind !== 'gap').map((l) => l.kind)).toEqual([
      'same',
      'same',
      'removed',
      'added',
      'same',
      'same',
    ])
    expect(shown.at(-1)).toEqual({ kind: 'gap', n: 7 })
  })
})

describe('status words', () => {
  it('names steps, reasons and retries', () => {
    setLocale('en')
    expect(stepLabel('screenshot.png')).toBe('taking the screenshot')
    expect(stepLabel('network_idle_2')).toBe('waiting for late content')
    expect(stepLabel('something_new')).toBe('working')
    expect(statusLabel('running', 'load')).toBe('Capturing… loading the page')
    expect(statusLabel('failed', '', 'capture.dns')).toBe(
      "Capture failed: The site's name could not be found",
    )
    expect(statusLabel('queued', '', 'capture.timeout')).toBe(
      'Waiting to retry: The page did not respond in time',
    )
    expect(statusLabel('')).toBe('Not captured yet')
    setLocale('zh-CN')
    expect(statusLabel('failed', '', 'capture.conn_refused')).toBe('快照失败：服务器拒绝了连接')
    setLocale('en')
  })
})
