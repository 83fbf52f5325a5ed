import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { errorMessage } from '../i18n'
import { useCapturesStore } from '../stores/captures'
import { useLinksStore } from '../stores/links'
import { useTagsStore } from '../stores/tags'

// Queues every failed capture again and says how many, from the sidebar
// or the queue bar.
export function useRetryFailed(): () => Promise<void> {
  const { t } = useI18n()
  const message = useMessage()
  const captures = useCapturesStore()
  const links = useLinksStore()
  const tags = useTagsStore()

  return async function retryFailed(): Promise<void> {
    try {
      const n = await captures.retryFailed()
      message.success(t('queue.retried', { n }, n))
      await Promise.all([links.refresh(), tags.load()])
    } catch (err) {
      message.error(errorMessage(err))
    }
  }
}
