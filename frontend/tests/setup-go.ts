// Stands in for the bindings Wails injects: window.go.api.<Service>.<Method>.
import { vi } from 'vitest'

type Service = Record<string, ReturnType<typeof vi.fn>>

export function mockGo(services: Record<string, Service>): void {
  ;(window as unknown as { go: unknown }).go = { api: services }
}

export function link(id: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    url: `https://example.com/${id}`,
    normUrl: `https://example.com/${id}`,
    domain: 'example.com',
    title: '',
    notes: '',
    favorite: false,
    createdAt: 0,
    updatedAt: 0,
    tags: [],
    snapshot: '',
    ...extra,
  }
}
