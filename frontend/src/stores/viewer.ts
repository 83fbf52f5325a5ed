// The snapshot viewer: which link it shows, its versions, the chosen
// version and tab, and the live state of a capture in progress.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { capturesApi, linksApi } from '../api/backend'
import type { CaptureProgress, Link, Snapshot } from '../api/types'
import { hasContent, isFinal } from '../utils/snapshot'

export type ViewerTab = 'page' | 'screenshot' | 'pdf' | 'text' | 'info' | 'log'

export interface LiveState {
  status: string
  step: string
  reasonCode: string
}

export const useViewerStore = defineStore('viewer', () => {
  const linkId = ref<number | null>(null)
  const link = ref<Link | null>(null)
  const tab = ref<ViewerTab>('page')
  const versions = ref<Snapshot[]>([])
  const chosenId = ref<number | null>(null)
  const live = ref<LiveState | null>(null)
  const comparing = ref(false)
  const loading = ref(false)
  let generation = 0

  const latest = computed<Snapshot | null>(() => versions.value[0] ?? null)
  /** state is where the latest capture stands: "" when never captured. */
  const state = computed(() => live.value?.status || latest.value?.status || '')
  const step = computed(() => (state.value === 'running' ? (live.value?.step ?? '') : ''))
  const reasonCode = computed(
    () => (live.value?.status === 'failed' && live.value.reasonCode) || latest.value?.reasonCode,
  )
  /** current is the version on screen: the chosen one, else the newest
   *  that kept something. */
  const current = computed<Snapshot | null>(() => {
    if (chosenId.value !== null) {
      const s = versions.value.find((v) => v.id === chosenId.value)
      if (s) return s
    }
    return versions.value.find(hasContent) ?? null
  })
  const viewable = computed(() => versions.value.filter(hasContent))

  async function open(id: number, first: ViewerTab = 'page'): Promise<void> {
    if (linkId.value !== id) {
      versions.value = []
      chosenId.value = null
      live.value = null
      comparing.value = false
      link.value = null
    }
    linkId.value = id
    tab.value = first
    await Promise.all([loadVersions(), loadLink()])
  }

  async function loadLink(): Promise<void> {
    const id = linkId.value
    if (id === null) return
    const l = await linksApi.get(id)
    if (linkId.value === id) link.value = l
  }

  function close(): void {
    generation++
    linkId.value = null
    link.value = null
    versions.value = []
    chosenId.value = null
    live.value = null
    comparing.value = false
  }

  async function loadVersions(): Promise<void> {
    const id = linkId.value
    if (id === null) return
    const gen = ++generation
    loading.value = true
    try {
      const list = await capturesApi.versions(id)
      if (gen !== generation) return
      versions.value = list ?? []
      if (live.value && isFinal(live.value.status)) live.value = null
    } finally {
      if (gen === generation) loading.value = false
    }
  }

  function choose(snapshotId: number | null): void {
    chosenId.value = snapshotId
  }

  /** applyProgress follows the open link's capture; a final state loads
   *  the versions again. */
  function applyProgress(events: CaptureProgress[]): void {
    if (linkId.value === null) return
    let mine: CaptureProgress | null = null
    for (const e of events)
      if (e.linkId === linkId.value && e.status) mine = { ...(mine ?? {}), ...e }
    if (!mine) return
    live.value = {
      status: mine.status!,
      step: mine.status === 'running' ? (mine.step ?? live.value?.step ?? '') : '',
      reasonCode: mine.reasonCode ?? '',
    }
    if (isFinal(mine.status!)) void loadLink().catch(() => {})
    if (isFinal(mine.status!) || !versions.value.some((v) => v.id === mine!.snapshotId)) {
      void loadVersions().catch(() => {})
    }
  }

  async function recapture(): Promise<void> {
    if (linkId.value === null) return
    await capturesApi.recapture([linkId.value])
    live.value = { status: 'queued', step: '', reasonCode: '' }
    chosenId.value = null
    await loadVersions()
  }

  async function cancel(): Promise<void> {
    if (linkId.value === null) return
    await capturesApi.cancel([linkId.value])
    await loadVersions()
  }

  return {
    linkId,
    link,
    tab,
    versions,
    chosenId,
    live,
    comparing,
    loading,
    latest,
    state,
    step,
    reasonCode,
    current,
    viewable,
    open,
    close,
    loadVersions,
    choose,
    applyProgress,
    recapture,
    cancel,
  }
})
