// Actions that need the window's dialogs and messages, shared by the
// keyboard, the bulk bar and the detail panel.
import { useDialog, useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { errorMessage } from '../i18n'
import { useLinksStore } from '../stores/links'
import { useTagsStore } from '../stores/tags'
import { useUiStore } from '../stores/ui'

export function useLinkActions() {
  const dialog = useDialog()
  const message = useMessage()
  const { t } = useI18n()
  const links = useLinksStore()
  const tags = useTagsStore()
  const ui = useUiStore()

  function fail(err: unknown): void {
    message.error(errorMessage(err))
  }

  /** confirmDelete asks, deletes, and offers an undo. */
  function confirmDelete(ids: number[]): void {
    if (ids.length === 0) return
    dialog.warning({
      title: t('delete.title'),
      content: `${t('delete.confirm', { n: ids.length }, ids.length)} ${t('delete.hint')}`,
      positiveText: t('delete.ok'),
      negativeText: t('common.cancel'),
      positiveButtonProps: { type: 'error', ...testid('confirm-delete') } as object,
      onPositiveClick: async () => {
        try {
          const n = await links.remove(ids)
          ui.offerUndo(ids, n)
          await tags.load()
        } catch (err) {
          fail(err)
        }
      },
    })
  }

  async function undo(ids: number[]): Promise<void> {
    try {
      const n = await links.restore(ids)
      await tags.load()
      message.success(t('delete.restored', { n }, n))
    } catch (err) {
      fail(err)
    }
  }

  return { fail, confirmDelete, undo }
}

function testid(id: string): Record<string, string> {
  return { 'data-testid': id }
}
