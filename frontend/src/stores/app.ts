/**
 * App store: app info, preferences (language, theme), database counts and
 * monthly activity. Preferences are applied to i18n immediately and saved
 * through the backend, so they survive a restart.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { systemApi, emptyStats, toAppError, type AppError } from '@/api'
import type { AppInfo, Language, MonthCount, Preferences, Stats, Theme } from '@/api'
import { setLocale } from '@/i18n'
import { markReady } from './ready'
import { whileOpening } from './startup'

export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  const prefs = ref<Preferences>({ language: 'zh-CN', theme: 'light' })
  const stats = ref<Stats>({ ...emptyStats })
  const activity = ref<MonthCount[]>([])
  const ready = ref(false)
  /** A start-up failure, shown instead of the app. */
  const fatal = ref<AppError | null>(null)

  const isEmpty = computed(
    () => stats.value.surveys + stats.value.responses + stats.value.customers + stats.value.tickets === 0,
  )
  const firstRun = computed(() => info.value?.firstRun === true)

  /** Loads everything the shell needs; called once on start. */
  async function init(): Promise<void> {
    try {
      // The first call may come before the backend has opened the database.
      const p = await whileOpening(() => systemApi.preferences())
      prefs.value = p
      setLocale(p.language)
      const [i, s] = await Promise.all([whileOpening(() => systemApi.info()), whileOpening(() => systemApi.stats())])
      info.value = i
      stats.value = s
      fatal.value = null
    } catch (err) {
      fatal.value = toAppError(err)
    } finally {
      ready.value = true
      markReady()
    }
  }

  async function refreshStats(): Promise<void> {
    stats.value = await systemApi.stats()
  }

  async function refreshInfo(): Promise<void> {
    info.value = await systemApi.info()
  }

  async function refreshActivity(months = 12): Promise<void> {
    activity.value = await systemApi.activity(months)
  }

  /** Refreshes counts, info and activity after data changed (demo, restore). */
  async function refreshAll(): Promise<void> {
    await Promise.all([refreshStats(), refreshInfo(), refreshActivity()])
  }

  async function savePrefs(next: Preferences): Promise<void> {
    const prev = prefs.value
    prefs.value = next
    setLocale(next.language)
    try {
      await systemApi.setPreferences(next)
    } catch (err) {
      prefs.value = prev
      setLocale(prev.language)
      throw err
    }
  }

  function setLanguage(language: Language): Promise<void> {
    return savePrefs({ ...prefs.value, language })
  }

  function setTheme(theme: Theme): Promise<void> {
    return savePrefs({ ...prefs.value, theme })
  }

  /** Leaves the first-start screen without demo data. */
  async function startEmpty(): Promise<void> {
    await systemApi.startEmpty()
    await refreshInfo()
  }

  /** Records the counts returned by LoadDemo or Restore. */
  function setStats(s: Stats): void {
    stats.value = s
  }

  return {
    info,
    prefs,
    stats,
    activity,
    ready,
    fatal,
    isEmpty,
    firstRun,
    init,
    refreshStats,
    refreshInfo,
    refreshActivity,
    refreshAll,
    setLanguage,
    setTheme,
    startEmpty,
    setStats,
  }
})
