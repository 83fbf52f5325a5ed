// Words for capture states, steps and failure reasons.
import { errorMessage, i18n } from '../i18n'

/** stepLabel translates a capture step such as "network_idle" or
 *  "screenshot.png"; an unknown step reads as plain "working". */
export function stepLabel(step: string | undefined): string {
  const { t, te } = i18n.global
  if (!step) return ''
  const key = `capture.step.${step.replace(/[^a-z0-9]/gi, '_')}`
  return te(key) ? t(key) : t('capture.step.working')
}

/** reasonLabel translates why a capture failed. */
export function reasonLabel(code: string | undefined): string {
  if (!code) return ''
  return errorMessage({ code, detail: code })
}

/** statusLabel is a capture state in words, with its step or reason. */
export function statusLabel(status: string, step?: string, reasonCode?: string): string {
  const { t } = i18n.global
  const base = t(`link.snapshot.${status || 'none'}`)
  if (status === 'running' && step) return `${base} ${stepLabel(step)}`
  if (status === 'failed' && reasonCode) {
    return t('link.snapshot.failedWith', { reason: reasonLabel(reasonCode) })
  }
  // A capture that failed in a way that may pass waits for its retry.
  if (status === 'queued' && reasonCode) {
    return t('link.snapshot.retrying', { reason: reasonLabel(reasonCode) })
  }
  return base
}
