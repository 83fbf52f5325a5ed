import type { Link } from '../api/types'
import { useLinksStore } from '../stores/links'
import { useViewerStore } from '../stores/viewer'
import { isMod } from '../utils/keys'

// What a click and a double-click on a link do, the same in the list and
// the grid: select (Shift for a range, Ctrl/Cmd to toggle) or open it,
// and open its snapshot.
export function useLinkOpen() {
  const links = useLinksStore()
  const viewer = useViewerStore()

  function onOpen(e: MouseEvent, link: Link, index: number): void {
    if (e.shiftKey) links.selectRange(index)
    else if (isMod(e)) links.toggleSelect(link.id, index)
    else links.open(link.id, index)
  }

  function onView(link: Link, index: number): void {
    links.open(link.id, index)
    void viewer.open(link.id, 'page').catch(() => {})
  }

  return { onOpen, onView }
}
