// Window state that belongs to no domain: open panels, focus requests and
// the pending undo.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface PendingUndo {
  ids: number[]
  count: number
  key: number
}

export const useUiStore = defineStore('ui', () => {
  const settingsOpen = ref(false)
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

  function offerUndo(ids: number[], count: number): void {
    undo.value = { ids, count, key: ++keys }
  }

  function requestScroll(index: number): void {
    scrollTo.value = { index, key: ++keys }
  }

  return {
    settingsOpen,
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
