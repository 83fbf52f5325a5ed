// The capture queue: what waits, runs and failed, and the actions on it.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { capturesApi } from '../api/backend'
import type { QueueStats } from '../api/types'

export const useCapturesStore = defineStore('captures', () => {
  const stats = ref<QueueStats>({ waiting: 0, running: 0, failed: 0, paused: false })
  const diskUsage = ref<number | null>(null)

  const busy = computed(() => stats.value.waiting + stats.value.running)

  /** setStats takes a queue:stats event. */
  function setStats(s: unknown): void {
    if (s && typeof s === 'object' && 'waiting' in s) stats.value = s as QueueStats
  }

  async function load(): Promise<void> {
    stats.value = await capturesApi.stats()
  }

  async function togglePause(): Promise<void> {
    const paused = stats.value.paused
    await (paused ? capturesApi.resume() : capturesApi.pause())
    stats.value = { ...stats.value, paused: !paused }
  }

  function recapture(ids: number[]): Promise<number> {
    return capturesApi.recapture(ids)
  }

  function cancel(ids: number[]): Promise<void> {
    return capturesApi.cancel(ids)
  }

  async function retryFailed(): Promise<number> {
    const n = await capturesApi.retryFailed()
    await load().catch(() => {})
    return n
  }

  async function loadDiskUsage(): Promise<void> {
    diskUsage.value = await capturesApi.diskUsage()
  }

  return {
    stats,
    diskUsage,
    busy,
    setStats,
    load,
    togglePause,
    recapture,
    cancel,
    retryFailed,
    loadDiskUsage,
  }
})
