/**
 * useDemoLoader runs System.LoadDemo while listening to its progress events
 * (unsubscribing in `finally`). A second load into a non-empty database —
 * e.g. the hidden window of a dev build already loaded it — is treated as
 * done, not as an error.
 */
import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { onDemoProgress, systemApi, toAppError, demoStages } from '@/api'
import type { DemoProgress, DemoStage, Stats } from '@/api'
import { useAppStore } from '@/stores/app'
import type { MessageSchema } from '@/i18n/schema'

export function useDemoLoader() {
  const app = useAppStore()
  const { t } = useI18n<{ message: MessageSchema }>()
  const running = ref(false)
  const progress = ref<DemoProgress | null>(null)

  const percent = computed(() => {
    const p = progress.value
    if (!p || p.total <= 0) return 0
    return Math.min(100, Math.round((p.done / p.total) * 100))
  })

  const stageLabel = computed(() => {
    const s = progress.value?.stage ?? ''
    return (demoStages as readonly string[]).includes(s) ? t(`demo.stage.${s as DemoStage}`) : s
  })

  /** Loads the demo data; resolves to the new counts, or null if already there. */
  async function load(): Promise<Stats | null> {
    if (running.value) return null
    running.value = true
    progress.value = null
    const off = onDemoProgress((p) => {
      progress.value = p
    })
    try {
      const stats = await systemApi.loadDemo()
      app.setStats(stats)
      return stats
    } catch (err) {
      const e = toAppError(err)
      if (e.key === 'error.demo.not_empty' || e.key === 'error.demo.running') {
        await app.refreshStats()
        return null
      }
      throw e
    } finally {
      off()
      running.value = false
      await Promise.allSettled([app.refreshInfo(), app.refreshActivity()])
    }
  }

  return { running, progress, percent, stageLabel, load }
}
