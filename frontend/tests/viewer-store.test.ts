import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useViewerStore } from '../src/stores/viewer'
import { link, mockGo, snap } from './setup-go'

describe('viewer store', () => {
  let Captures: Record<string, ReturnType<typeof vi.fn>>

  beforeEach(() => {
    setActivePinia(createPinia())
    Captures = {
      Versions: vi.fn(async () => [snap(3, { status: 'failed', files: [] }), snap(2), snap(1)]),
      Recapture: vi.fn(async () => 1),
      Cancel: vi.fn(async () => undefined),
    }
    mockGo({ Captures, Links: { Get: vi.fn(async (id: number) => link(id)) } })
  })

  it('opens a link on its Page tab, showing the newest version that kept files', async () => {
    const v = useViewerStore()
    await v.open(1)
    expect(Captures.Versions).toHaveBeenCalledWith(1)
    expect(v.tab).toBe('page')
    expect(v.state).toBe('failed')
    expect(v.current?.id).toBe(2)
    expect(v.viewable.map((s) => s.id)).toEqual([2, 1])
    expect(v.link?.id).toBe(1)
    v.choose(1)
    expect(v.current?.id).toBe(1)
  })

  it('follows the live step of its own link and reloads on a final state', async () => {
    const v = useViewerStore()
    await v.open(1)
    v.applyProgress([
      { kind: 'progress', linkId: 2, status: 'running', step: 'load' },
      { kind: 'progress', linkId: 1, snapshotId: 3, status: 'running', step: 'load' },
      { kind: 'progress', linkId: 1, snapshotId: 3, status: 'running', step: 'scroll' },
    ])
    expect(v.state).toBe('running')
    expect(v.step).toBe('scroll')
    expect(Captures.Versions).toHaveBeenCalledTimes(1)
    Captures.Versions.mockResolvedValueOnce([snap(3), snap(2), snap(1)])
    v.applyProgress([{ kind: 'progress', linkId: 1, snapshotId: 3, status: 'done' }])
    await vi.waitFor(() => expect(v.live).toBeNull())
    expect(v.state).toBe('done')
    expect(v.current?.id).toBe(3)
  })

  it('re-captures and cancels the open link', async () => {
    const v = useViewerStore()
    await v.open(4)
    await v.recapture()
    expect(Captures.Recapture).toHaveBeenCalledWith([4])
    expect(v.state).toBe('queued')
    await v.cancel()
    expect(Captures.Cancel).toHaveBeenCalledWith([4])
  })

  it('forgets everything when closed, and ignores late answers', async () => {
    const v = useViewerStore()
    let release = (_: unknown) => {}
    Captures.Versions.mockImplementationOnce(() => new Promise((ok) => (release = ok)))
    const opening = v.open(1)
    v.close()
    release([snap(9)])
    await opening
    expect(v.linkId).toBeNull()
    expect(v.versions).toEqual([])
  })
})
