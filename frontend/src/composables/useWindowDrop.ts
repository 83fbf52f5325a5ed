// The whole window is a drop target. A link dragged from a browser
// arrives as text/uri-list (or text/plain) and is added here; files are
// read by Go, which answers with import:file.
import { ref } from 'vue'
import { useUiStore } from '../stores/ui'
import { isTextField } from '../utils/keys'

export function useWindowDrop() {
  const ui = useUiStore()
  const dragging = ref(false)
  let dragDepth = 0

  function onDragOver(e: DragEvent): void {
    const types = e.dataTransfer?.types ?? []
    if (types.includes('text/uri-list') || types.includes('text/plain')) e.preventDefault()
  }

  function draggable(e: DragEvent): boolean {
    const types = e.dataTransfer?.types ?? []
    return ['Files', 'text/uri-list', 'text/plain'].some((t) => types.includes(t))
  }

  function onDragEnter(e: DragEvent): void {
    if (!draggable(e)) return
    dragDepth++
    dragging.value = true
  }

  function onDragLeave(): void {
    dragDepth = Math.max(0, dragDepth - 1)
    if (dragDepth === 0) dragging.value = false
  }

  function onDrop(e: DragEvent): void {
    dragDepth = 0
    dragging.value = false
    const dt = e.dataTransfer
    if (!dt || dt.files.length > 0) return
    const target = e.target as HTMLElement | null
    if (isTextField(target) && target?.dataset.testid !== 'url-input') return
    const uris = dt
      .getData('text/uri-list')
      .split(/\r?\n/)
      .filter((l) => l.trim() && !l.startsWith('#'))
    const text = uris.length ? uris.join('\n') : dt.getData('text/plain')
    if (text.trim() === '') return
    e.preventDefault()
    ui.requestAdd(text)
  }

  return { dragging, onDragEnter, onDragLeave, onDragOver, onDrop }
}
