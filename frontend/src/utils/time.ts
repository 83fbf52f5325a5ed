// Relative times ("3 minutes ago", "3 分钟前") in the UI's language.

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** relativeTime formats a Unix millisecond time against now. */
export function relativeTime(ms: number, now: number, locale: string): string {
  const seconds = Math.round((ms - now) / 1000)
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit)
  }
  return rtf.format(0, 'second')
}

/** fullTime is the exact local time, for a tooltip. */
export function fullTime(ms: number, locale: string): string {
  return new Date(ms).toLocaleString(locale)
}
