import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import UrlBox from '../src/components/links/UrlBox.vue'
import { i18n } from '../src/i18n'

function mountBox(props: Record<string, unknown> = {}) {
  return mount(UrlBox, { props, global: { plugins: [i18n] } })
}

describe('UrlBox', () => {
  it('emits add with the text on Enter', async () => {
    const w = mountBox({ modelValue: 'https://go.dev' })
    await w.find('[data-testid="url-input"]').trigger('keydown', { key: 'Enter' })
    expect(w.emitted('add')).toEqual([['https://go.dev']])
  })

  it('does not add an empty box', async () => {
    const w = mountBox({ modelValue: '   ' })
    await w.find('[data-testid="url-input"]').trigger('keydown', { key: 'Enter' })
    expect(w.emitted('add')).toBeUndefined()
  })

  it('adds a multi-line paste at once', async () => {
    const w = mountBox()
    const text = 'https://a.com\nhttps://b.com'
    const input = w.find('[data-testid="url-input"]')
    const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } })
    input.element.dispatchEvent(event)
    expect(w.emitted('add')).toEqual([[text]])
    expect(event.defaultPrevented).toBe(true)
  })

  it('lets a one-line paste land in the box', async () => {
    const w = mountBox()
    const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => 'https://a.com' } })
    w.find('[data-testid="url-input"]').element.dispatchEvent(event)
    expect(w.emitted('add')).toBeUndefined()
    expect(event.defaultPrevented).toBe(false)
  })

  it('shows the error it is given', () => {
    const w = mountBox({ error: 'Only http and https links can be saved' })
    expect(w.find('[data-testid="url-error"]').text()).toBe(
      'Only http and https links can be saved',
    )
  })
})
