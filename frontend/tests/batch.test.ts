import { describe, expect, it } from 'vitest'
import { countFailed, createBatchWatch } from '../src/utils/batch'

const busy = (waiting: number, running = 0) => ({ waiting, running, failed: 0, paused: false })
const idle = busy(0)
const finished = (status: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ linkId: i + 1, status }))

describe('createBatchWatch', () => {
  it('tells how a batch of five or more went when the queue falls idle', () => {
    const w = createBatchWatch()
    expect(w.stats(busy(6))).toBeNull()
    w.progress([...finished('running', 2), ...finished('done', 3)])
    w.progress([...finished('partial', 1), ...finished('failed', 2)])
    expect(w.stats(busy(0, 1))).toBeNull()
    expect(w.stats(idle)).toEqual({ captured: 4, failed: 2 })
    expect(w.stats(idle)).toBeNull()
  })

  it('stays quiet for a small batch', () => {
    const w = createBatchWatch()
    w.stats(busy(4))
    w.progress(finished('done', 4))
    expect(w.stats(idle)).toBeNull()
  })

  it('counts only what finished in the busy period', () => {
    const w = createBatchWatch()
    w.progress(finished('done', 9)) // before the queue was busy
    expect(w.stats(idle)).toBeNull()
    w.stats(busy(2))
    w.progress(finished('done', 2))
    expect(w.stats(idle)).toBeNull()
    w.stats(busy(5))
    w.progress([...finished('done', 4), ...finished('cancelled', 1), ...finished('failed', 1)])
    expect(w.stats(idle)).toEqual({ captured: 4, failed: 1 })
  })

  it('takes its threshold', () => {
    const w = createBatchWatch(1)
    w.stats(busy(1))
    w.progress(finished('failed', 1))
    expect(w.stats(idle)).toEqual({ captured: 0, failed: 1 })
  })
})

describe('countFailed', () => {
  it('counts failed captures only', () => {
    expect(countFailed([...finished('failed', 2), ...finished('queued', 3)])).toBe(2)
    expect(countFailed([])).toBe(0)
  })
})
