// Sizes a person reads: 0 B, 812 B, 4.2 KB, 1.3 MB, 2.0 GB.

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB']

/** formatBytes renders a byte count with one decimal above a kilobyte. */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—'
  let v = n
  let u = 0
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024
    u++
  }
  return u === 0 ? `${v} B` : `${v.toFixed(1)} ${UNITS[u]}`
}
