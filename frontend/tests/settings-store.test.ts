import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../src/i18n'
import { useSettingsStore } from '../src/stores/settings'
import { mockGo } from './setup-go'

const about = {
  settings: {
    language: 'auto',
    theme: 'auto',
    concurrency: 3,
    timeoutSeconds: 90,
    browserPath: '',
  },
  dataDir: '/tmp/lib',
  version: '1.0.0',
  systemLanguage: 'zh-CN',
}

describe('settings store', () => {
  let Settings: Record<string, ReturnType<typeof vi.fn>>

  beforeEach(() => {
    setActivePinia(createPinia())
    Settings = {
      Get: vi.fn(async () => structuredClone(about)),
      Save: vi.fn(async (s: unknown) => s),
    }
    mockGo({ Settings })
  })

  it('follows the system language on auto', async () => {
    const s = useSettingsStore()
    await s.load()
    expect(s.locale).toBe('zh-CN')
    expect(i18n.global.locale.value).toBe('zh-CN')
    expect(s.dataDir).toBe('/tmp/lib')
  })

  it('switches live, saves, and keeps the capture settings', async () => {
    const s = useSettingsStore()
    await s.load()
    await s.save({ language: 'en' })
    expect(i18n.global.locale.value).toBe('en')
    expect(Settings.Save).toHaveBeenCalledWith({
      language: 'en',
      theme: 'auto',
      concurrency: 3,
      timeoutSeconds: 90,
      browserPath: '',
    })
  })

  it('goes back when saving fails', async () => {
    const s = useSettingsStore()
    await s.load()
    Settings.Save.mockRejectedValue({ code: 'settings.invalid', detail: 'theme=x' })
    await expect(s.save({ language: 'en' })).rejects.toMatchObject({ code: 'settings.invalid' })
    expect(s.settings.language).toBe('auto')
    expect(i18n.global.locale.value).toBe('zh-CN')
  })
})
