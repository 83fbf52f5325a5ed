// The person's settings and what follows from them: language and theme.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { settingsApi } from '../api/backend'
import type { About, Settings } from '../api/types'
import { setLocale, type Locale } from '../i18n'

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>({ language: 'auto', theme: 'auto' })
  const dataDir = ref('')
  const version = ref('')
  const systemLanguage = ref<Locale>(guessSystemLanguage())

  const locale = computed<Locale>(() =>
    settings.value.language === 'auto' ? systemLanguage.value : settings.value.language,
  )

  function apply(about: About): void {
    settings.value = { ...about.settings }
    dataDir.value = about.dataDir
    version.value = about.version
    systemLanguage.value = about.systemLanguage === 'zh-CN' ? 'zh-CN' : 'en'
    setLocale(locale.value)
  }

  async function load(): Promise<void> {
    apply(await settingsApi.get())
  }

  async function save(next: Partial<Settings>): Promise<void> {
    const before = settings.value
    settings.value = { ...before, ...next }
    setLocale(locale.value)
    try {
      settings.value = await settingsApi.save(settings.value)
    } catch (err) {
      settings.value = before
      setLocale(locale.value)
      throw err
    }
  }

  return { settings, dataDir, version, systemLanguage, locale, load, save }
})

function guessSystemLanguage(): Locale {
  const lang = typeof navigator !== 'undefined' ? navigator.language : 'en'
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
