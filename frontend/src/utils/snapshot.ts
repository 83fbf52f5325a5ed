// Where the window finds snapshot files. The Go asset handler serves them
// at /snapshot/<snapshot id>/<file> under a sandboxing CSP; nothing else
// may ever be loaded into a viewer frame.
import type { Snapshot } from '../api/types'

export const SNAPSHOT_PREFIX = '/snapshot/'

/** snapshotUrl is the address of one file of a snapshot, or "" when the
 *  id or the name could not be a snapshot file. */
export function snapshotUrl(snapshotId: number | undefined, file: string | undefined): string {
  if (!snapshotId || !Number.isInteger(snapshotId) || snapshotId <= 0) return ''
  if (!file || /[/\\]/.test(file) || file === '.' || file === '..' || file === 'index.html') {
    return ''
  }
  return `${SNAPSHOT_PREFIX}${snapshotId}/${encodeURIComponent(file)}`
}

/** isSnapshotUrl says whether a URL is one snapshotUrl makes. */
export function isSnapshotUrl(url: string): boolean {
  return /^\/snapshot\/[1-9][0-9]*\/[^/\\]+$/.test(url)
}

/** hasFile says whether a snapshot kept a file. */
export function hasFile(s: Snapshot | null | undefined, file: string): boolean {
  return !!s && (s.files ?? []).includes(file)
}

/** originalFile is the file a direct PDF or image link was stored as. */
export function originalFile(s: Snapshot | null | undefined): string {
  return (s?.files ?? []).find((f) => /^original\.[a-z0-9]+$/i.test(f)) ?? ''
}

/** isFinal says whether a capture state will not change any more. */
export function isFinal(status: string): boolean {
  return ['done', 'partial', 'failed', 'cancelled'].includes(status)
}

/** hasContent says whether a capture kept files worth showing. */
export function hasContent(s: Snapshot | null | undefined): boolean {
  return !!s && (s.status === 'done' || s.status === 'partial') && (s.files ?? []).length > 0
}

/** fetchSnapshotText reads a text file of a snapshot. It is shown with
 *  text interpolation only, never as HTML. */
export async function fetchSnapshotText(snapshotId: number, file: string): Promise<string> {
  const url = snapshotUrl(snapshotId, file)
  if (!url) throw new Error(`not a snapshot file: ${file}`)
  const res = await fetch(url, { credentials: 'omit', cache: 'no-store' })
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  return res.text()
}
