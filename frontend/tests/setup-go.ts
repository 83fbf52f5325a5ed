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

export function snap(id: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    linkId: 1,
    status: 'done',
    reasonCode: '',
    reason: '',
    dir: `snapshots/1/${id}`,
    files: ['page.html', 'screenshot.png', 'text.txt', 'meta.json', 'capture.log'],
    finalUrl: 'https://example.com/1',
    httpStatus: 200,
    title: `Version ${id}`,
    siteName: '',
    favicon: '',
    bytes: 1000,
    startedAt: id * 1000,
    finishedAt: id * 1000 + 500,
    createdAt: id * 1000,
    ...extra,
  }
}
