// How a link reads before a capture has given it a title.

/** hostAndPath returns "example.com/a/b" for "https://www.example.com/a/b?x#y". */
export function hostAndPath(raw: string): string {
  try {
    const u = new URL(raw)
    const path = u.pathname === '/' ? '' : decodeSafe(u.pathname)
    return u.host + path
  } catch {
    return raw
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURI(s)
  } catch {
    return s
  }
}

/** displayTitle is the link's title, or its host and path when it has none. */
export function displayTitle(link: { title: string; url: string }): string {
  return link.title.trim() || hostAndPath(link.url)
}
