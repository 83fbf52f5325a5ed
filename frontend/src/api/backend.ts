// The one place that touches the generated bindings. Each function goes
// through call(), so callers only ever see AppError.
import * as GoCaptures from '../../wailsjs/go/api/Captures'
import * as GoLinks from '../../wailsjs/go/api/Links'
import * as GoSettings from '../../wailsjs/go/api/Settings'
import * as GoShell from '../../wailsjs/go/api/Shell'
import * as GoTags from '../../wailsjs/go/api/Tags'
import * as GoTransfer from '../../wailsjs/go/api/Transfer'
import type { config, links as models, tray } from '../../wailsjs/go/models'
import { call } from './call'
import type {
  About,
  AddSummary,
  ExportFormat,
  ImportResult,
  ImportSummary,
  Link,
  Page,
  Query,
  QueueStats,
  Settings,
  Snapshot,
  Stats,
  Tag,
  TrayLabels,
} from './types'

const asQuery = (q: Query) => q as unknown as models.Query

export const linksApi = {
  addText: (text: string, tags: string[] = []) =>
    call(() => GoLinks.AddText(text, tags) as Promise<unknown> as Promise<AddSummary>),
  list: (q: Query) => call(() => GoLinks.List(asQuery(q)) as Promise<unknown> as Promise<Page>),
  ids: (q: Query) => call(() => GoLinks.IDs(asQuery(q))),
  get: (id: number) => call(() => GoLinks.Get(id) as Promise<unknown> as Promise<Link>),
  edit: (id: number, title: string, notes: string) =>
    call(() => GoLinks.Edit(id, title, notes) as Promise<unknown> as Promise<Link>),
  setFavorite: (id: number, favorite: boolean) =>
    call(() => GoLinks.SetFavorite(id, favorite) as Promise<unknown> as Promise<Link>),
  remove: (ids: number[]) => call(() => GoLinks.Delete(ids)),
  restore: (ids: number[]) => call(() => GoLinks.Restore(ids)),
  addTags: (ids: number[], names: string[]) => call(() => GoLinks.AddTags(ids, names)),
  removeTags: (ids: number[], names: string[]) => call(() => GoLinks.RemoveTags(ids, names)),
  stats: () => call(() => GoLinks.Stats() as Promise<Stats>),
}

export const tagsApi = {
  list: () => call(() => GoTags.List() as Promise<Tag[]>),
  rename: (id: number, name: string) => call(() => GoTags.Rename(id, name) as Promise<Tag>),
  merge: (from: number, into: number) => call(() => GoTags.Merge(from, into) as Promise<Tag>),
  setColor: (id: number, color: string) => call(() => GoTags.SetColor(id, color) as Promise<Tag>),
  remove: (id: number) => call(() => GoTags.Delete(id)),
}

export const settingsApi = {
  get: () => call(() => GoSettings.Get() as Promise<unknown> as Promise<About>),
  save: (s: Settings) =>
    call(
      () =>
        GoSettings.Save(s as unknown as config.Settings) as Promise<unknown> as Promise<Settings>,
    ),
}

export const capturesApi = {
  stats: () => call(() => GoCaptures.Stats() as Promise<QueueStats>),
  pause: () => call(() => GoCaptures.Pause()),
  resume: () => call(() => GoCaptures.Resume()),
  recapture: (ids: number[]) => call(() => GoCaptures.Recapture(ids)),
  cancel: (ids: number[]) => call(() => GoCaptures.Cancel(ids)),
  retryFailed: () => call(() => GoCaptures.RetryFailed()),
  versions: (linkId: number) =>
    call(() => GoCaptures.Versions(linkId) as Promise<unknown> as Promise<Snapshot[]>),
  diskUsage: () => call(() => GoCaptures.DiskUsage()),
  openOriginal: (linkId: number) => call(() => GoCaptures.OpenOriginal(linkId)),
  openArchive: (snapshotId: number) => call(() => GoCaptures.OpenArchive(snapshotId)),
  reveal: (snapshotId: number) => call(() => GoCaptures.Reveal(snapshotId)),
  openFile: (snapshotId: number, name: string) => call(() => GoCaptures.OpenFile(snapshotId, name)),
}

export const transferApi = {
  chooseFile: (title: string) => call(() => GoTransfer.ChooseImportFile(title)),
  preview: (path: string, tags: string[]) =>
    call(() => GoTransfer.PreviewFile(path, tags) as Promise<unknown> as Promise<ImportSummary>),
  importFile: (path: string, tags: string[], capture: boolean) =>
    call(
      () => GoTransfer.ImportFile(path, tags, capture) as Promise<unknown> as Promise<ImportResult>,
    ),
  cancelImport: () => call(() => GoTransfer.CancelImport()),
  exportTo: (format: ExportFormat, title: string) => call(() => GoTransfer.Export(format, title)),
  exportLinks: (ids: number[], title: string) => call(() => GoTransfer.ExportLinks(ids, title)),
}

export const shellApi = {
  setTrayLabels: (labels: TrayLabels) =>
    call(() => GoShell.SetTrayLabels(labels as unknown as tray.Labels)),
  notify: (title: string, body: string) => call(() => GoShell.Notify(title, body)),
}
