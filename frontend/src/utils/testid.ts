import type { InputHTMLAttributes } from 'vue'

/** inputAttrs gives a Naive UI input's inner element a stable test id. */
export function inputAttrs(id: string, extra: Record<string, unknown> = {}): InputHTMLAttributes {
  return { 'data-testid': id, ...extra } as InputHTMLAttributes
}
