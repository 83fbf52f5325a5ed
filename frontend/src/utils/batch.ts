// Counting the captures of one busy period of the queue, so the window
// can say how a batch went once the queue falls idle.
import type { CaptureProgress, QueueStats } from '../api/types'

/** BatchResult is what a finished batch of captures came to. */
export interface BatchResult {
  captured: number
  failed: number
}

/** A batch smaller than this ends without a notification. */
export const MIN_BATCH = 5

/** createBatchWatch follows capture:progress and queue:stats events. */
export function createBatchWatch(min = MIN_BATCH) {
  let busy = false
  let captured = 0
  let failed = 0

  /** progress counts the captures that finished. */
  function progress(events: CaptureProgress[]): void {
    for (const e of events) {
      if (e.status === 'done' || e.status === 'partial') captured++
      else if (e.status === 'failed') failed++
    }
  }

  /** stats returns the batch's result when the queue goes from busy to
   *  idle after at least min finished captures, and null otherwise. */
  function stats(s: QueueStats): BatchResult | null {
    if (s.waiting + s.running > 0) {
      busy = true
      return null
    }
    const ended = busy && captured + failed >= min
    const result = { captured, failed }
    busy = false
    ;[captured, failed] = [0, 0]
    return ended ? result : null
  }

  return { progress, stats }
}

/** countFailed counts the captures of a progress batch that failed. */
export function countFailed(events: CaptureProgress[]): number {
  return events.filter((e) => e.status === 'failed').length
}
