// Importing a bookmark file (choose, preview, import with progress) and
// exporting the library.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { transferApi } from '../api/backend'
import type { ExportFormat, ImportResult, ImportSummary } from '../api/types'

export type ImportPhase = 'closed' | 'preview' | 'importing' | 'done'

export const useTransferStore = defineStore('transfer', () => {
  const phase = ref<ImportPhase>('closed')
  const path = ref('')
  const summary = ref<ImportSummary | null>(null)
  const extraTags = ref<string[]>([])
  const capture = ref(true)
  const progress = ref({ done: 0, total: 0 })
  const result = ref<ImportResult | null>(null)
  const error = ref<unknown>(null)
  const busy = ref(false)

  /** choose asks for a file; false when the person cancelled. */
  async function choose(title: string): Promise<boolean> {
    const chosen = await transferApi.chooseFile(title)
    if (!chosen) return false
    await preview(chosen)
    return true
  }

  /** preview opens the dialog for a file, a chosen or a dropped one. */
  async function preview(file: string): Promise<void> {
    if (phase.value === 'importing') return
    path.value = file
    phase.value = 'preview'
    summary.value = null
    result.value = null
    error.value = null
    extraTags.value = []
    capture.value = true
    await refreshPreview()
  }

  async function refreshPreview(): Promise<void> {
    busy.value = true
    error.value = null
    try {
      summary.value = await transferApi.preview(path.value, extraTags.value)
    } catch (err) {
      summary.value = null
      error.value = err
    } finally {
      busy.value = false
    }
  }

  async function setTags(tags: string[]): Promise<void> {
    extraTags.value = tags
    await refreshPreview()
  }

  async function run(): Promise<void> {
    phase.value = 'importing'
    progress.value = { done: 0, total: summary.value?.total ?? 0 }
    error.value = null
    try {
      result.value = await transferApi.importFile(path.value, extraTags.value, capture.value)
    } catch (err) {
      error.value = err
    } finally {
      phase.value = 'done'
    }
  }

  function onProgress(p: unknown): void {
    if (p && typeof p === 'object' && 'done' in p && 'total' in p) {
      progress.value = p as { done: number; total: number }
    }
  }

  function cancel(): Promise<void> {
    return transferApi.cancelImport()
  }

  function close(): void {
    if (phase.value !== 'importing') phase.value = 'closed'
  }

  function exportTo(format: ExportFormat, title: string): Promise<string> {
    return transferApi.exportTo(format, title)
  }

  return {
    phase,
    path,
    summary,
    extraTags,
    capture,
    progress,
    result,
    error,
    busy,
    choose,
    preview,
    setTags,
    run,
    onProgress,
    cancel,
    close,
    exportTo,
  }
})
