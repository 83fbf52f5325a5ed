// The list the window shows: the current query, its pages loaded on
// demand, the selection, and the actions on links.
import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef, triggerRef } from 'vue'
import { linksApi } from '../api/backend'
import type {
  AddSummary,
  CaptureProgress,
  Link,
  Query,
  SortOrder,
  StatusFilter,
  TagMode,
} from '../api/types'

export const PAGE_SIZE = 100

export interface Filters {
  text: string
  tagIds: number[]
  tagMode: TagMode
  untagged: boolean
  domain: string
  favorite: boolean
  status: StatusFilter
  sort: SortOrder
}

export function emptyFilters(): Filters {
  return {
    text: '',
    tagIds: [],
    tagMode: 'all',
    untagged: false,
    domain: '',
    favorite: false,
    status: '',
    sort: 'newest',
  }
}

export const useLinksStore = defineStore('links', () => {
  const filters = reactive<Filters>(emptyFilters())
  const total = ref(0)
  const terms = ref<string[]>([])
  const loaded = ref(false)
  // pages holds the loaded pages by index; shallow, so 100 000 links are
  // not made deeply reactive. Writers call triggerRef.
  const pages = shallowRef(new Map<number, Link[]>())
  const pending = new Map<number, Promise<void>>()
  let generation = 0

  const selected = ref(new Set<number>())
  const anchor = ref<number | null>(null)
  const activeId = ref<number | null>(null)

  const hasFilters = computed(
    () =>
      filters.text.trim() !== '' ||
      filters.tagIds.length > 0 ||
      filters.untagged ||
      filters.favorite ||
      filters.status !== '' ||
      filters.domain !== '',
  )

  function query(offset = 0, limit = PAGE_SIZE): Query {
    return { ...filters, tagIds: [...filters.tagIds], text: filters.text.trim(), offset, limit }
  }

  function at(index: number): Link | undefined {
    return pages.value.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]
  }

  function loadPage(page: number): Promise<void> {
    const gen = generation
    const running = pending.get(page)
    if (running) return running
    const p = linksApi
      .list(query(page * PAGE_SIZE))
      .then((res) => {
        if (gen !== generation) return
        total.value = res.total
        terms.value = res.terms ?? []
        pages.value.set(page, res.items ?? [])
        loaded.value = true
        triggerRef(pages)
      })
      .finally(() => {
        if (pending.get(page) === p) pending.delete(page)
      })
    pending.set(page, p)
    return p
  }

  /** ensureRange loads every page that rows first..last fall in. */
  async function ensureRange(first: number, last: number): Promise<void> {
    const wanted: Promise<void>[] = []
    const lastPage = Math.floor(Math.max(first, last) / PAGE_SIZE)
    for (let p = Math.floor(Math.max(first, 0) / PAGE_SIZE); p <= lastPage; p++) {
      if (!pages.value.has(p)) wanted.push(loadPage(p))
    }
    await Promise.all(wanted)
  }

  /** reload drops every loaded page and fetches the first again. */
  async function reload(): Promise<void> {
    generation++
    pending.clear()
    pages.value = new Map()
    await loadPage(0)
  }

  /** refresh re-fetches the pages already loaded, keeping the scroll place. */
  async function refresh(): Promise<void> {
    const keep = [...pages.value.keys()]
    generation++
    pending.clear()
    const fresh = new Map<number, Link[]>()
    const gen = generation
    await Promise.all(
      (keep.length ? keep : [0]).map(async (p) => {
        const res = await linksApi.list(query(p * PAGE_SIZE))
        if (gen !== generation) return
        total.value = res.total
        terms.value = res.terms ?? []
        fresh.set(p, res.items ?? [])
      }),
    )
    if (gen !== generation) return
    pages.value = fresh
    loaded.value = true
  }

  /** replace puts a changed link in place wherever it is loaded. */
  function replace(link: Link): void {
    for (const items of pages.value.values()) {
      const i = items.findIndex((l) => l.id === link.id)
      if (i !== -1) items[i] = link
    }
    triggerRef(pages)
  }

  /** applyProgress shows capture states and steps as they change, in one
   *  mutation per batch, and picks up the titles a finished capture found. */
  function applyProgress(events: CaptureProgress[]): void {
    const latest = new Map<number, CaptureProgress>()
    for (const e of events) {
      if (e.linkId && e.status) latest.set(e.linkId, { ...latest.get(e.linkId), ...e })
    }
    if (latest.size === 0) return
    for (const items of pages.value.values()) {
      items.forEach((l, i) => {
        const e = latest.get(l.id)
        if (!e) return
        const step = e.status === 'running' ? (e.step ?? l.step ?? '') : ''
        const reasonCode = e.reasonCode ?? (e.status === 'failed' ? l.reasonCode : '')
        if (e.status === l.snapshot && step === l.step && reasonCode === l.reasonCode) return
        items[i] = { ...l, snapshot: e.status!, step, reasonCode }
      })
    }
    triggerRef(pages)
    const final = ['done', 'partial', 'failed', 'cancelled']
    if ([...latest.values()].some((e) => final.includes(e.status!))) scheduleRefresh()
  }

  let refreshTimer: ReturnType<typeof setTimeout> | undefined
  function scheduleRefresh(): void {
    clearTimeout(refreshTimer)
    refreshTimer = setTimeout(() => void refresh().catch(() => {}), 500)
  }

  function setFilters(next: Partial<Filters>): Promise<void> {
    Object.assign(filters, next)
    clearSelection()
    return reload()
  }

  function toggleTag(id: number): Promise<void> {
    const ids = filters.tagIds.includes(id)
      ? filters.tagIds.filter((t) => t !== id)
      : [...filters.tagIds, id]
    return setFilters({ tagIds: ids, untagged: false })
  }

  // Selection.
  function clearSelection(): void {
    selected.value = new Set()
    anchor.value = null
  }

  /** open makes a link the one the detail panel shows, selecting nothing. */
  function open(id: number, index: number): void {
    activeId.value = id
    selected.value = new Set()
    anchor.value = index
  }

  /** step opens the link delta rows away from the open one; it returns
   *  the new index, or -1 when there is none. */
  async function step(delta: number): Promise<number> {
    if (total.value === 0) return -1
    const fresh = activeId.value === null || anchor.value === null
    const from = fresh ? (delta > 0 ? -1 : total.value) : anchor.value!
    const index = Math.min(Math.max(from + delta, 0), total.value - 1)
    await ensureRange(index, index)
    const l = at(index)
    if (!l) return -1
    open(l.id, index)
    return index
  }

  /** toggleSelect adds or removes one link; the open link joins a new selection. */
  function toggleSelect(id: number, index: number): void {
    const next = new Set(selected.value)
    if (next.size === 0 && activeId.value !== null && activeId.value !== id) {
      next.add(activeId.value)
    }
    if (next.has(id)) next.delete(id)
    else next.add(id)
    selected.value = next
    anchor.value = index
  }

  /** selectRange selects the loaded rows between the anchor and index. */
  function selectRange(index: number): void {
    const from = Math.min(anchor.value ?? index, index)
    const to = Math.max(anchor.value ?? index, index)
    const next = new Set(selected.value)
    for (let i = from; i <= to; i++) {
      const l = at(i)
      if (l) next.add(l.id)
    }
    selected.value = next
  }

  async function selectAll(): Promise<void> {
    selected.value = new Set(await linksApi.ids(query()))
  }

  // Actions.
  async function addText(text: string, tags: string[] = []): Promise<AddSummary> {
    const sum = await linksApi.addText(text, tags)
    if (sum.addedCount > 0) await reload()
    return sum
  }

  /** indexOf finds where a link sits in the current query, or -1. */
  async function indexOf(id: number): Promise<number> {
    for (const [p, items] of pages.value) {
      const i = items.findIndex((l) => l.id === id)
      if (i !== -1) return p * PAGE_SIZE + i
    }
    return (await linksApi.ids(query())).indexOf(id)
  }

  async function remove(ids: number[]): Promise<number> {
    const n = await linksApi.remove(ids)
    const gone = new Set(ids)
    selected.value = new Set([...selected.value].filter((id) => !gone.has(id)))
    if (activeId.value !== null && gone.has(activeId.value)) activeId.value = null
    await refresh()
    return n
  }

  async function restore(ids: number[]): Promise<number> {
    const n = await linksApi.restore(ids)
    await refresh()
    return n
  }

  function get(id: number): Promise<Link> {
    return linksApi.get(id)
  }

  async function edit(id: number, title: string, notes: string): Promise<Link> {
    const link = await linksApi.edit(id, title, notes)
    replace(link)
    return link
  }

  async function setFavorite(id: number, favorite: boolean): Promise<Link> {
    const link = await linksApi.setFavorite(id, favorite)
    replace(link)
    return link
  }

  async function addTags(ids: number[], names: string[]): Promise<void> {
    await linksApi.addTags(ids, names)
    await refresh()
  }

  async function removeTags(ids: number[], names: string[]): Promise<void> {
    await linksApi.removeTags(ids, names)
    await refresh()
  }

  return {
    filters,
    total,
    terms,
    loaded,
    pages,
    selected,
    activeId,
    hasFilters,
    query,
    at,
    ensureRange,
    reload,
    refresh,
    replace,
    applyProgress,
    setFilters,
    toggleTag,
    clearSelection,
    open,
    step,
    toggleSelect,
    selectRange,
    selectAll,
    addText,
    indexOf,
    remove,
    restore,
    get,
    edit,
    setFavorite,
    addTags,
    removeTags,
  }
})
