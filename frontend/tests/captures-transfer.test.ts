import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useCapturesStore } from '../src/stores/captures'
import { useLinksStore } from '../src/stores/links'
import { useTransferStore } from '../src/stores/transfer'
import { link, mockGo } from './setup-go'

const summary = {
  format: 'netscape',
  total: 3,
  new: 2,
  duplicates: 1,
  invalid: 0,
  tags: ['work'],
  rejected: [],
}

describe('captures store', () => {
  let Captures: Record<string, ReturnType<typeof vi.fn>>
  beforeEach(() => {
    setActivePinia(createPinia())
    Captures = {
      Stats: vi.fn(async () => ({ waiting: 2, running: 1, failed: 4, paused: false })),
      Pause: vi.fn(async () => undefined),
      Resume: vi.fn(async () => undefined),
      RetryFailed: vi.fn(async () => 4),
      DiskUsage: vi.fn(async () => 2048),
    }
    mockGo({ Captures })
  })

  it('counts, pauses, retries and measures', async () => {
    const c = useCapturesStore()
    await c.load()
    expect(c.busy).toBe(3)
    await c.togglePause()
    expect(Captures.Pause).toHaveBeenCalled()
    expect(c.stats.paused).toBe(true)
    await c.togglePause()
    expect(Captures.Resume).toHaveBeenCalled()
    expect(await c.retryFailed()).toBe(4)
    await c.loadDiskUsage()
    expect(c.diskUsage).toBe(2048)
    c.setStats({ waiting: 0, running: 0, failed: 0, paused: true })
    expect(c.stats.paused).toBe(true)
    c.setStats('nonsense')
    expect(c.stats.paused).toBe(true)
  })
})

describe('links store progress', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('applies a batch in one go: last state, step and reason per link', async () => {
    mockGo({
      Links: {
        List: vi.fn(async () => ({ total: 2, items: [link(1), link(2)], terms: [] })),
      },
    })
    const s = useLinksStore()
    await s.reload()
    s.applyProgress([
      { kind: 'progress', linkId: 1, status: 'running', step: 'load' },
      { kind: 'progress', linkId: 1, status: 'running', step: 'screenshot.png' },
      { kind: 'progress', linkId: 2, status: 'queued', reasonCode: 'capture.timeout' },
    ])
    expect(s.at(0)).toMatchObject({ snapshot: 'running', step: 'screenshot.png' })
    expect(s.at(1)).toMatchObject({ snapshot: 'queued', reasonCode: 'capture.timeout' })
    s.applyProgress([{ kind: 'progress', linkId: 1, status: 'failed', reasonCode: 'capture.dns' }])
    expect(s.at(0)).toMatchObject({ snapshot: 'failed', step: '', reasonCode: 'capture.dns' })
  })

  it('sends the status filter', async () => {
    const List = vi.fn(async (_q: unknown) => ({ total: 0, items: [], terms: [] }))
    mockGo({ Links: { List } })
    const s = useLinksStore()
    await s.setFilters({ status: 'failed' })
    expect(List.mock.calls.at(-1)?.[0]).toMatchObject({ status: 'failed' })
    expect(s.hasFilters).toBe(true)
  })
})

describe('transfer store', () => {
  let Transfer: Record<string, ReturnType<typeof vi.fn>>
  beforeEach(() => {
    setActivePinia(createPinia())
    Transfer = {
      ChooseImportFile: vi.fn(async () => '/home/me/bookmarks.html'),
      PreviewFile: vi.fn(async () => summary),
      ImportFile: vi.fn(async () => ({ ...summary, added: 2 })),
      CancelImport: vi.fn(async () => undefined),
      Export: vi.fn(async () => '/home/me/out.csv'),
    }
    mockGo({ Transfer })
  })

  it('chooses, previews with extra tags, imports and sums up', async () => {
    const t = useTransferStore()
    expect(await t.choose('Choose')).toBe(true)
    expect(t.phase).toBe('preview')
    expect(t.summary?.new).toBe(2)
    await t.setTags(['x'])
    expect(Transfer.PreviewFile).toHaveBeenLastCalledWith('/home/me/bookmarks.html', ['x'])
    t.capture = false
    const running = t.run()
    expect(t.phase).toBe('importing')
    t.onProgress({ done: 1, total: 3 })
    expect(t.progress).toEqual({ done: 1, total: 3 })
    await running
    expect(Transfer.ImportFile).toHaveBeenCalledWith('/home/me/bookmarks.html', ['x'], false)
    expect(t.phase).toBe('done')
    expect(t.result?.added).toBe(2)
    t.close()
    expect(t.phase).toBe('closed')
  })

  it('does nothing when the person cancels the file dialog', async () => {
    Transfer.ChooseImportFile.mockResolvedValue('')
    const t = useTransferStore()
    expect(await t.choose('Choose')).toBe(false)
    expect(t.phase).toBe('closed')
  })

  it('keeps the translated error of a broken file', async () => {
    Transfer.PreviewFile.mockRejectedValue({ code: 'import.malformed', detail: 'cut short' })
    const t = useTransferStore()
    await t.preview('/tmp/broken.html')
    expect(t.phase).toBe('preview')
    expect(t.error).toMatchObject({ code: 'import.malformed' })
  })

  it('exports in a format', async () => {
    const t = useTransferStore()
    expect(await t.exportTo('csv', 'Save')).toBe('/home/me/out.csv')
    expect(Transfer.Export).toHaveBeenCalledWith('csv', 'Save')
    await t.exportTo('zip', 'Save')
    expect(Transfer.Export).toHaveBeenCalledWith('zip', 'Save')
  })
})
