// Every bound Go method rejects with {code, detail} (apperr.UIError).
// call() turns any rejection, including a JavaScript failure before the
// call reached Go, into one typed AppError.

export class AppError extends Error {
  readonly code: string
  readonly detail: string

  constructor(code: string, detail: string) {
    super(detail ? `${code}: ${detail}` : code)
    this.name = 'AppError'
    this.code = code
    this.detail = detail
  }
}

/** toAppError converts anything a rejected promise may carry. */
export function toAppError(reason: unknown): AppError {
  if (reason instanceof AppError) return reason
  if (reason && typeof reason === 'object' && 'code' in reason) {
    const r = reason as { code: unknown; detail?: unknown }
    if (typeof r.code === 'string' && r.code !== '') {
      return new AppError(r.code, typeof r.detail === 'string' ? r.detail : '')
    }
  }
  if (typeof reason === 'string') {
    // Wails sends a JSON string when the formatter's value is serialised.
    try {
      const parsed: unknown = JSON.parse(reason)
      if (parsed && typeof parsed === 'object') return toAppError(parsed)
    } catch {
      // Not JSON: a plain message.
    }
    return new AppError('internal', reason)
  }
  if (reason instanceof Error) return new AppError('internal', reason.message)
  return new AppError('internal', String(reason))
}

/** call runs a binding and rejects only with an AppError. */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (reason) {
    throw toAppError(reason)
  }
}
