// Adding what a person typed or pasted: one link selects itself (or the
// one already there), several lines end in a summary.
import { useMessage } from 'naive-ui'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { AddSummary } from '../api/types'
import { errorMessage } from '../i18n'
import { useLinksStore } from '../stores/links'
import { useTagsStore } from '../stores/tags'
import { useUiStore } from '../stores/ui'

export function useAddLinks() {
  const { t } = useI18n()
  const message = useMessage()
  const links = useLinksStore()
  const tags = useTagsStore()
  const ui = useUiStore()
  const busy = ref(false)
  const error = ref('')
  const summary = ref<AddSummary | null>(null)

  async function add(text: string): Promise<boolean> {
    error.value = ''
    busy.value = true
    try {
      const sum = await links.addText(text)
      void tags.load().catch(() => {})
      if (text.trim().includes('\n')) {
        summary.value = sum
        if (sum.addedCount > 0) ui.requestScroll(0)
        return true
      }
      return await single(sum)
    } catch (err) {
      error.value = errorMessage(err)
      return false
    } finally {
      busy.value = false
    }
  }

  async function single(sum: AddSummary): Promise<boolean> {
    if (sum.addedCount > 0) {
      links.open(sum.added[0].id, 0)
      ui.requestScroll(0)
      message.success(t('add.addedOne'))
      return true
    }
    if (sum.duplicateCount > 0) {
      const id = sum.duplicates[0].id
      message.info(t('add.duplicate'))
      const index = await links.indexOf(id)
      links.open(id, Math.max(index, 0))
      if (index >= 0) ui.requestScroll(index)
      return true
    }
    const bad = sum.invalid[0]
    error.value = bad ? errorMessage(bad) : t('add.noneFound')
    return false
  }

  return { busy, error, summary, add }
}
