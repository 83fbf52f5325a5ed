import { flushPromises, mount } from '@vue/test-utils'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import PageTab from '../src/components/viewer/PageTab.vue'
import PdfTab from '../src/components/viewer/PdfTab.vue'
import TextFile from '../src/components/viewer/TextFile.vue'
import ScreenshotTab from '../src/components/viewer/ScreenshotTab.vue'
import { i18n } from '../src/i18n'
import { mockGo, snap } from './setup-go'

const global = { plugins: [i18n] }

afterEach(() => vi.unstubAllGlobals())

describe('PageTab', () => {
  it('loads page.html in a frame with no rights at all', () => {
    const w = mount(PageTab, { props: { snap: snap(12) }, global })
    const frame = w.find('iframe')
    expect(frame.attributes('sandbox')).toBe('')
    expect(frame.attributes('src')).toBe('/snapshot/12/page.html')
    expect(w.findAll('iframe')).toHaveLength(1)
  })

  it('shows a stored image link as an image, not a frame', () => {
    const s = snap(5, { files: ['original.png', 'meta.json'] })
    const w = mount(PageTab, { props: { snap: s }, global })
    expect(w.find('iframe').exists()).toBe(false)
    expect(w.find('img').attributes('src')).toBe('/snapshot/5/original.png')
  })

  it('says so when the capture kept no page', () => {
    const w = mount(PageTab, { props: { snap: snap(5, { files: ['meta.json'] }) }, global })
    expect(w.find('iframe').exists()).toBe(false)
    expect(w.find('[data-testid="viewer-missing"]').exists()).toBe(true)
  })
})

describe('PdfTab', () => {
  // PdfTab reports failures through the window's messages and dialogs.
  function mountIn(tab: typeof PdfTab | typeof PageTab, s: ReturnType<typeof snap>) {
    const Host = defineComponent(
      () => () => h(NMessageProvider, () => h(NDialogProvider, () => h(tab, { snap: s }))),
    )
    return mount(Host, { global: { plugins: [i18n, createPinia()] } })
  }

  it('opens page.pdf with the system program', async () => {
    const Captures = { OpenFile: vi.fn(async () => undefined) }
    mockGo({ Captures })
    const w = mountIn(PdfTab, snap(7))
    await w.find('[data-testid="viewer-pdf-open"]').trigger('click')
    expect(Captures.OpenFile).toHaveBeenCalledWith(7, 'page.pdf')
  })

  it('opens a direct PDF link from the Page tab, never in a frame', async () => {
    const Captures = { OpenFile: vi.fn(async () => undefined) }
    mockGo({ Captures })
    const w = mountIn(PageTab, snap(9, { files: ['original.pdf', 'meta.json'] }))
    expect(w.find('iframe').exists()).toBe(false)
    await w.find('[data-testid="viewer-pdf-open"]').trigger('click')
    expect(Captures.OpenFile).toHaveBeenCalledWith(9, 'original.pdf')
  })
})

describe('TextFile', () => {
  it('renders a hostile text as text, fetched only from /snapshot/', async () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>'
    const fetch = vi.fn(async () => new Response(hostile))
    vi.stubGlobal('fetch', fetch)
    const w = mount(TextFile, {
      props: { snap: snap(3), files: ['article.txt', 'text.txt'], testid: 'viewer-text' },
      global,
    })
    await flushPromises()
    expect(fetch).toHaveBeenCalledWith('/snapshot/3/text.txt', expect.anything())
    const body = w.find('[data-testid="viewer-text"]')
    expect(body.text()).toBe(hostile)
    expect(body.find('img').exists()).toBe(false)
    expect(body.find('b').exists()).toBe(false)
  })

  it('prefers the article to the whole text', async () => {
    const fetch = vi.fn(async () => new Response('article'))
    vi.stubGlobal('fetch', fetch)
    const s = snap(3, { files: ['article.txt', 'text.txt'] })
    mount(TextFile, { props: { snap: s, files: ['article.txt', 'text.txt'], testid: 't' }, global })
    await flushPromises()
    expect(fetch).toHaveBeenCalledWith('/snapshot/3/article.txt', expect.anything())
  })
})

describe('ScreenshotTab', () => {
  it('switches between fit-width and full size', async () => {
    const w = mount(ScreenshotTab, { props: { snap: snap(8) }, global })
    const img = w.find('[data-testid="viewer-screenshot"]')
    expect(img.attributes('src')).toBe('/snapshot/8/screenshot.png')
    expect(img.classes()).toContain('fit')
    await img.trigger('click')
    expect(w.find('[data-testid="viewer-screenshot"]').classes()).toContain('full')
  })
})
