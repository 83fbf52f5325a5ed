// A line diff of two page texts, for comparing versions. The words are
// data: they are rendered as text, never as HTML.
import { diffLines } from 'diff'

export type DiffKind = 'same' | 'added' | 'removed'

export interface DiffLine {
  kind: DiffKind
  text: string
}

export interface DiffResult {
  lines: DiffLine[]
  added: number
  removed: number
}

/** lineDiff compares before and after line by line. */
export function lineDiff(before: string, after: string): DiffResult {
  const out: DiffResult = { lines: [], added: 0, removed: 0 }
  for (const part of diffLines(normalise(before), normalise(after))) {
    const kind: DiffKind = part.added ? 'added' : part.removed ? 'removed' : 'same'
    const lines = part.value.replace(/\n$/, '').split('\n')
    for (const text of lines) out.lines.push({ kind, text })
    if (kind === 'added') out.added += lines.length
    if (kind === 'removed') out.removed += lines.length
  }
  return out
}

/** collapse hides runs of unchanged lines longer than 2*context+1,
 *  keeping context lines around every change. */
export function collapse(
  lines: DiffLine[],
  context = 3,
): (DiffLine | { kind: 'gap'; n: number })[] {
  const keep = lines.map(() => false)
  lines.forEach((l, i) => {
    if (l.kind === 'same') return
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) {
      keep[j] = true
    }
  })
  const out: (DiffLine | { kind: 'gap'; n: number })[] = []
  let gap = 0
  lines.forEach((l, i) => {
    if (keep[i]) {
      if (gap) out.push({ kind: 'gap', n: gap })
      gap = 0
      out.push(l)
    } else gap++
  })
  if (gap) out.push({ kind: 'gap', n: gap })
  return out
}

function normalise(s: string): string {
  const t = s.replace(/\r\n?/g, '\n')
  return t === '' || t.endsWith('\n') ? t : t + '\n'
}
