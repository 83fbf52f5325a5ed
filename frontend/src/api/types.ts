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
  snapshotId?: number
  reasonCode?: string
  reason?: string
  thumb?: boolean
  favicon?: string
  siteName?: string
  // The capture's current step, known only from capture:progress.
  step?: string
}

export type TagMode = 'all' | 'any'
export type StatusFilter = '' | 'failed' | 'pending' | 'done' | 'none'
export type SortOrder = 'newest' | 'oldest' | 'title' | 'domain'

export interface Query {
  text: string
  tagIds: number[]
  tagMode: TagMode
  untagged: boolean
  domain: string
  favorite: boolean
  status: StatusFilter
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
  failed: number
}

export type LanguageChoice = 'auto' | 'zh-CN' | 'en'
export type ThemeChoice = 'auto' | 'light' | 'dark'

export interface Settings {
  language: LanguageChoice
  theme: ThemeChoice
  // These take effect at the next start.
  concurrency?: number
  timeoutSeconds?: number
  browserPath?: string
  inboxDir?: string
  watchBrowserBookmarks?: boolean
  // Settings this window does not know, sent back as they came.
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

/** Snapshot is one capture of a link (backend/snapshots). */
export interface Snapshot {
  id: number
  linkId: number
  status: SnapshotState | string
  reasonCode: string
  reason: string
  dir: string
  files: string[]
  finalUrl: string
  httpStatus: number
  title: string
  siteName: string
  favicon: string
  bytes: number
  startedAt: number
  finishedAt: number
  createdAt: number
}

/** CaptureProgress is one item of a capture:progress batch. */
export interface CaptureProgress {
  kind?: string
  linkId?: number
  snapshotId?: number
  status?: string
  step?: string
  reasonCode?: string
}

/** Loss is something a capture could not keep (meta.json "lost"). */
export interface Loss {
  what: string
  name: string
  reason: string
  code?: string
}

/** SnapshotMeta is a capture's meta.json. */
export interface SnapshotMeta {
  requested_url?: string
  final_url?: string
  redirects?: string[]
  http_status?: number
  http_status_text?: string
  content_type?: string
  title?: string
  description?: string
  site_name?: string
  language?: string
  author?: string
  published?: string
  sizes?: Record<string, number>
  started_at?: string
  duration_ms?: number
  browser?: string
  status?: string
  lost?: Loss[]
}

export interface Rejected {
  url: string
  code: string
  detail: string
}

/** ImportSummary is what a preview of a bookmark file finds. */
export interface ImportSummary {
  format: string
  total: number
  new: number
  duplicates: number
  invalid: number
  tags: string[]
  rejected: Rejected[]
}

export interface ImportResult extends ImportSummary {
  added: number
}

export type ExportFormat = 'netscape' | 'json' | 'csv' | 'zip'

export interface TrayLabels {
  tooltip: string
  addClipboard: string
  open: string
  pause: string
  resume: string
  quit: string
}
