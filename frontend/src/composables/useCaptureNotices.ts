// Desktop notifications about captures: a batch that finished, and
// captures that failed while the window was in the background. The
// person can turn them off in Settings.
import { onBeforeUnmount, onMounted } from 'vue'
import { shellApi } from '../api/backend'
import { onEvent } from '../api/events'
import type { CaptureProgress, QueueStats } from '../api/types'
import { i18n } from '../i18n'
import { useUiStore } from '../stores/ui'
import { countFailed, createBatchWatch } from '../utils/batch'

// Failures in the background are told together, once they stop coming
// for this long.
const FAILED_QUIET_MS = 2000

export function useCaptureNotices(): void {
  const ui = useUiStore()
  const batch = createBatchWatch()
  let failed = 0
  let failedTimer: ReturnType<typeof setTimeout> | undefined
  let off: (() => void)[] = []

  function notify(title: string, body: string): void {
    if (ui.notifications) shellApi.notify(title, body).catch(() => {})
  }

  function onProgress(events: unknown): void {
    if (!Array.isArray(events)) return
    batch.progress(events as CaptureProgress[])
    const n = countFailed(events as CaptureProgress[])
    if (n === 0 || document.hasFocus()) return
    failed += n
    clearTimeout(failedTimer)
    failedTimer = setTimeout(tellFailed, FAILED_QUIET_MS)
  }

  function tellFailed(): void {
    const { t } = i18n.global
    notify(t('notify.failedTitle'), t('notify.failedBody', { n: failed }, failed))
    failed = 0
  }

  function onStats(s: unknown): void {
    if (!s || typeof s !== 'object' || !('waiting' in s)) return
    const done = batch.stats(s as QueueStats)
    if (!done) return
    const { t } = i18n.global
    notify(t('notify.batchTitle'), t('notify.batchBody', { ...done }))
  }

  onMounted(() => {
    off = [onEvent('capture:progress', onProgress), onEvent('queue:stats', onStats)]
  })
  onBeforeUnmount(() => {
    off.forEach((f) => f())
    clearTimeout(failedTimer)
  })
}
