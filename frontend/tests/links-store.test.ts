import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PAGE_SIZE, useLinksStore } from '../src/stores/links'
import { link, mockGo } from './setup-go'

const TOTAL = 250

function listFake() {
  return vi.fn(async (q: { offset: number; limit: number; text: string }) => {
    const items = []
    for (let i = q.offset; i < Math.min(q.offset + q.limit, TOTAL); i++) items.push(link(i + 1))
    return { total: TOTAL, items, terms: q.text ? q.text.split(' ') : [] }
  })
}

describe('links store', () => {
  let Links: Record<string, ReturnType<typeof vi.fn>>

  beforeEach(() => {
    setActivePinia(createPinia())
    Links = {
      List: listFake(),
      IDs: vi.fn(async () => Array.from({ length: TOTAL }, (_, i) => i + 1)),
      AddText: vi.fn(),
      Delete: vi.fn(async (ids: number[]) => ids.length),
      Restore: vi.fn(async (ids: number[]) => ids.length),
    }
    mockGo({ Links })
  })

  it('loads the first page and keeps the total', async () => {
    const s = useLinksStore()
    await s.reload()
    expect(s.total).toBe(TOTAL)
    expect(s.at(0)?.id).toBe(1)
    expect(s.at(PAGE_SIZE)).toBeUndefined()
    expect(Links.List).toHaveBeenCalledTimes(1)
    expect(Links.List.mock.calls[0][0]).toMatchObject({
      offset: 0,
      limit: PAGE_SIZE,
      tagMode: 'all',
    })
  })

  it('loads only the pages a range needs, once', async () => {
    const s = useLinksStore()
    await s.reload()
    await Promise.all([s.ensureRange(180, 230), s.ensureRange(190, 210)])
    const offsets = Links.List.mock.calls.map((c) => c[0].offset)
    expect(offsets).toEqual([0, 100, 200])
    expect(s.at(249)?.id).toBe(250)
  })

  it('drops pages of a query that changed meanwhile', async () => {
    const s = useLinksStore()
    await s.reload()
    let release = () => {}
    Links.List.mockImplementationOnce(
      () => new Promise((ok) => (release = () => ok({ total: 1, items: [link(999)], terms: [] }))),
    )
    const stale = s.ensureRange(100, 120)
    await s.setFilters({ text: 'go' })
    release()
    await stale
    expect(s.at(100)).toBeUndefined()
    expect(s.terms).toEqual(['go'])
    expect(Links.List.mock.calls.at(-1)?.[0]).toMatchObject({ text: 'go', offset: 0 })
  })

  it('sends the filters in the query', async () => {
    const s = useLinksStore()
    await s.toggleTag(3)
    await s.toggleTag(5)
    await s.setFilters({ tagMode: 'any', domain: 'go.dev' })
    expect(Links.List.mock.calls.at(-1)?.[0]).toMatchObject({
      tagIds: [3, 5],
      tagMode: 'any',
      domain: 'go.dev',
    })
    await s.toggleTag(3)
    expect(s.filters.tagIds).toEqual([5])
  })

  it('selects one, a toggled few, a range, and all', async () => {
    const s = useLinksStore()
    await s.reload()
    s.open(1, 0)
    expect(s.activeId).toBe(1)
    expect(s.selected.size).toBe(0)
    s.toggleSelect(3, 2) // the open link joins the selection
    expect([...s.selected].sort()).toEqual([1, 3])
    s.selectRange(5)
    expect([...s.selected].sort()).toEqual([1, 3, 4, 5, 6])
    await s.selectAll()
    expect(s.selected.size).toBe(TOTAL)
    s.clearSelection()
    expect(s.selected.size).toBe(0)
  })

  it('reloads after adding and forgets deleted links in the selection', async () => {
    const s = useLinksStore()
    Links.AddText.mockResolvedValue({
      addedCount: 1,
      duplicateCount: 0,
      invalidCount: 0,
      added: [link(1)],
      duplicates: [],
      invalid: [],
    })
    await s.addText('https://example.com/1')
    expect(Links.AddText).toHaveBeenCalledWith('https://example.com/1', [])
    expect(Links.List).toHaveBeenCalled()
    s.toggleSelect(1, 0)
    s.toggleSelect(2, 1)
    s.activeId = 2
    await s.remove([2])
    expect([...s.selected]).toEqual([1])
    expect(s.activeId).toBeNull()
  })

  it('steps through the list with the arrow keys', async () => {
    const s = useLinksStore()
    await s.reload()
    expect(await s.step(1)).toBe(0)
    expect(s.activeId).toBe(1)
    s.open(100, 99)
    expect(await s.step(1)).toBe(100) // the next page is loaded on the way
    expect(s.activeId).toBe(101)
    s.open(TOTAL, TOTAL - 1)
    expect(await s.step(1)).toBe(TOTAL - 1)
  })

  it('shows capture states from progress events', async () => {
    const s = useLinksStore()
    await s.reload()
    s.applyProgress([
      { linkId: 2, status: 'running' },
      { linkId: 3, status: 'queued' },
      { linkId: 3, status: 'failed' },
      { linkId: 9999, status: 'done' },
    ])
    expect([s.at(1)?.snapshot, s.at(2)?.snapshot, s.at(3)?.snapshot]).toEqual([
      'running',
      'failed',
      '',
    ])
  })

  it('rejects with the Go error code', async () => {
    const s = useLinksStore()
    Links.Delete.mockRejectedValue({ code: 'link.not_found', detail: '9' })
    await expect(s.remove([9])).rejects.toMatchObject({ code: 'link.not_found' })
  })
})
