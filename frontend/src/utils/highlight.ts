// Splits text into plain and matched pieces so that a template can wrap
// the matches in <mark> without ever building HTML from page data.

export interface Segment {
  text: string
  hit: boolean
}

/** highlight marks every case-insensitive occurrence of any term in text. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const needles = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter(Boolean))]
  if (!text || needles.length === 0) return text ? [{ text, hit: false }] : []
  const lower = text.toLowerCase()
  const marked = new Array<boolean>(text.length).fill(false)
  for (const needle of needles) {
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
      marked.fill(true, at, at + needle.length)
    }
  }
  const out: Segment[] = []
  for (let i = 0; i < text.length;) {
    let j = i
    while (j < text.length && marked[j] === marked[i]) j++
    out.push({ text: text.slice(i, j), hit: marked[i] })
    i = j
  }
  return out
}
