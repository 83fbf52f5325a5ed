// Window state that belongs to no domain: open panels, focus requests and
// the pending undo.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface PendingUndo {
  ids: number[]
  count: number
  key: number
}

export type ListView = 'list' | 'grid'

const VIEW_KEY = 'linksnap.view'
// Desktop notifications, on unless turned off. Kept here rather than in
// Settings.Save, whose Go struct drops fields it does not know.
const NOTIFY_KEY = 'linksnap.notifications'

function savedView(): ListView {
  try {
    return localStorage.getItem(VIEW_KEY) === 'grid' ? 'grid' : 'list'
  } catch {
    return 'list'
  }
}

function savedNotifications(): boolean {
  try {
    return localStorage.getItem(NOTIFY_KEY) !== 'off'
  } catch {
    return true
  }
}

export const useUiStore = defineStore('ui', () => {
  const settingsOpen = ref(false)
  // The list as rows or as a grid of thumbnails, remembered.
  const view = ref<ListView>(savedView())
  const notifications = ref(savedNotifications())
  // Bumped to ask the top bar to focus a box; watched by the component.
  const focusUrl = ref(0)
  const focusSearch = ref(0)
  const undo = ref<PendingUndo | null>(null)
  // Bumped to ask the list to scroll to an index.
  const scrollTo = ref<{ index: number; key: number } | null>(null)
  // Text to add that arrived outside the URL box (a paste, a drop).
  const addRequest = ref<{ text: string; key: number } | null>(null)
  let keys = 0

  function requestAdd(text: string): void {
    addRequest.value = { text, key: ++keys }
  }

  function setView(next: ListView): void {
    view.value = next
    try {
      localStorage.setItem(VIEW_KEY, next)
    } catch {
      // Private mode: remembered for this session only.
    }
  }

  function setNotifications(on: boolean): void {
    notifications.value = on
    try {
      localStorage.setItem(NOTIFY_KEY, on ? 'on' : 'off')
    } catch {
      // Private mode: remembered for this session only.
    }
  }

  function offerUndo(ids: number[], count: number): void {
    undo.value = { ids, count, key: ++keys }
  }

  function requestScroll(index: number): void {
    scrollTo.value = { index, key: ++keys }
  }

  return {
    settingsOpen,
    view,
    setView,
    notifications,
    setNotifications,
    focusUrl,
    focusSearch,
    undo,
    scrollTo,
    addRequest,
    offerUndo,
    requestScroll,
    requestAdd,
  }
})
