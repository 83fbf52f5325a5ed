// Shapes of what the Go services return, as plain objects. They mirror
// backend/links and backend/api; wailsjs/go/models.ts has the same fields.

export type SnapshotState = '' | 'queued' | 'running' | 'done' | 'partial' | 'failed' | 'cancelled'

export interface TagRef {
  id: number
  name: string
  color: string
}

export interface Tag extends TagRef {
  count: number
}

export interface Link {
  id: number
  url: string
  normUrl: string
  domain: string
  title: string
  notes: string
  favorite: boolean
  createdAt: number
  updatedAt: number
  tags: TagRef[]
  snapshot: SnapshotState | string
}

export type TagMode = 'all' | 'any'
export type SortOrder = 'newest' | 'oldest' | 'title' | 'domain'

export interface Query {
  text: string
  tagIds: number[]
  tagMode: TagMode
  untagged: boolean
  domain: string
  favorite: boolean
  sort: SortOrder
  offset: number
  limit: number
}

export interface Page {
  total: number
  items: Link[]
  terms: string[]
}

export interface InvalidLine {
  line: number
  text: string
  code: string
  detail: string
}

export interface AddSummary {
  addedCount: number
  duplicateCount: number
  invalidCount: number
  added: Link[]
  duplicates: Link[]
  invalid: InvalidLine[]
}

export interface Stats {
  total: number
  untagged: number
  favorites: number
}

export type LanguageChoice = 'auto' | 'zh-CN' | 'en'
export type ThemeChoice = 'auto' | 'light' | 'dark'

export interface Settings {
  language: LanguageChoice
  theme: ThemeChoice
  // Capture and inbox settings, edited elsewhere and sent back as they came.
  [other: string]: unknown
}

export interface About {
  settings: Settings
  dataDir: string
  version: string
  systemLanguage: 'zh-CN' | 'en'
}

export interface QueueStats {
  waiting: number
  running: number
  failed: number
  paused: boolean
}
