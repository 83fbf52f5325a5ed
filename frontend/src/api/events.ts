// Events from Go. Outside Wails (unit tests, a plain browser) there is no
// runtime, and subscribing does nothing.
import { BrowserOpenURL, ClipboardSetText, EventsOn } from '../../wailsjs/runtime/runtime'

type WailsWindow = Window & { runtime?: unknown }

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && !!(window as WailsWindow).runtime
}

/** onEvent subscribes to a Go event and returns the unsubscribe function. */
export function onEvent(name: string, handler: (...data: unknown[]) => void): () => void {
  if (!hasRuntime()) return () => {}
  return EventsOn(name, handler)
}

/** openExternal opens a URL in the system browser. */
export function openExternal(url: string): void {
  if (hasRuntime()) BrowserOpenURL(url)
  else window.open(url, '_blank', 'noopener')
}

/** copyText puts text on the system clipboard. */
export async function copyText(text: string): Promise<void> {
  if (hasRuntime() && (await ClipboardSetText(text))) return
  await navigator.clipboard.writeText(text)
}
