/**
 * Follow-ups store (回访 workspace): the rules, the call list, the customer
 * being worked on with their call history, the script survey, the rates of
 * the top bar's period, and what was recorded in this session (so retry
 * times stay visible after a customer leaves the list). Recording an
 * attempt refreshes list and rates and advances to the next customer.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  followUpsApi,
  type CallRates,
  type CallRecord,
  type CallTarget,
  type Disposition,
  type FollowUpSettings,
  type ScriptAnswer,
  type ScriptSurvey,
  type SurveyChoice,
} from '@/api/followups'
import { addMinutes, monthRange } from '@/i18n/datetime'
import { useFiltersStore } from './filters'

/** An attempt recorded in this session, with when the customer returns. */
export interface RecentCall {
  customerId: number
  name: string
  disposition: Disposition
  at: string
  /** When the customer is back on the list ("" = not this cycle / reached). */
  backAt: string
  callbackAt: string
}

export interface RecordOptions {
  note: string
  callbackAt: string
  answers: ScriptAnswer[]
}

/** Dispositions after which the customer is retried later. */
const retried: readonly Disposition[] = ['no_answer', 'busy', 'wrong_number']

export const useFollowUpsStore = defineStore('followups', () => {
  const topBar = useFiltersStore()
  const settings = ref<FollowUpSettings | null>(null)
  const targets = ref<CallTarget[]>([])
  const currentId = ref<number | null>(null)
  const history = ref<CallRecord[]>([])
  const script = ref<ScriptSurvey | null>(null)
  const rates = ref<CallRates | null>(null)
  const surveys = ref<SurveyChoice[]>([])
  const recent = ref<RecentCall[]>([])
  const loaded = ref(false)
  const recording = ref(false)
  let historySeq = 0

  const current = computed(() => targets.value.find((t) => t.customerId === currentId.value) ?? null)
  const currentIndex = computed(() => targets.value.findIndex((t) => t.customerId === currentId.value))

  async function loadScript(): Promise<void> {
    const id = settings.value?.surveyId ?? null
    script.value = id === null ? null : await followUpsApi.scriptSurvey(id)
  }

  async function loadRates(): Promise<void> {
    const { from, to } = monthRange(topBar.period)
    rates.value = await followUpsApi.rates(from, to)
  }

  async function loadList(): Promise<void> {
    targets.value = await followUpsApi.callList()
    if (!current.value) await select(targets.value[0]?.customerId ?? null)
  }

  /** Everything the workspace shows. */
  async function loadAll(): Promise<void> {
    settings.value = await followUpsApi.settings()
    await Promise.all([loadScript(), loadList(), loadRates()])
    loaded.value = true
  }

  async function select(customerId: number | null): Promise<void> {
    currentId.value = customerId
    const mine = ++historySeq
    history.value = []
    if (customerId === null) return
    const h = await followUpsApi.history(customerId)
    if (mine === historySeq) history.value = h
  }

  function move(delta: number): Promise<void> {
    const list = targets.value
    if (list.length === 0) return Promise.resolve()
    const i = currentIndex.value < 0 ? 0 : Math.max(0, Math.min(list.length - 1, currentIndex.value + delta))
    return select(list[i]?.customerId ?? null)
  }

  /** Records an attempt for the current customer, then moves to the next one. */
  async function record(disposition: Disposition, opts: RecordOptions): Promise<RecentCall | null> {
    const t = current.value
    if (!t || recording.value) return null
    recording.value = true
    try {
      const sid = settings.value?.surveyId ?? null
      const res = await followUpsApi.record({
        customerId: t.customerId,
        ticketId: t.ticketId,
        responseId: t.responseId,
        reason: t.reason,
        disposition,
        callbackAt: disposition === 'callback' ? opts.callbackAt : '',
        note: opts.note.trim(),
        response: disposition === 'completed' && sid !== null && opts.answers.length > 0 ? { surveyId: sid, answers: opts.answers, region: t.region } : null,
      })
      const retry = retried.includes(disposition) && t.attempts + 1 < (settings.value?.maxAttempts ?? 1)
      const entry: RecentCall = {
        customerId: t.customerId,
        name: t.name,
        disposition,
        at: res.call.attemptAt,
        backAt: retry ? addMinutes(res.call.attemptAt, settings.value?.retryAfterMinutes ?? 0) : '',
        callbackAt: res.call.callbackAt,
      }
      recent.value = [entry, ...recent.value.filter((r) => r.customerId !== t.customerId)].slice(0, 20)
      const before = targets.value.map((x) => x.customerId)
      const at = before.indexOf(t.customerId)
      targets.value = await followUpsApi.callList()
      // The next customer: the first one after the current position that is still listed.
      const still = new Set(targets.value.map((x) => x.customerId))
      const next = before.slice(at + 1).find((id) => still.has(id) && id !== t.customerId) ?? targets.value.find((x) => x.customerId !== t.customerId)?.customerId ?? null
      await Promise.all([select(next), loadRates()])
      return entry
    } finally {
      recording.value = false
    }
  }

  async function loadSurveys(): Promise<void> {
    surveys.value = await followUpsApi.surveyChoices()
  }

  async function saveSettings(s: FollowUpSettings): Promise<void> {
    settings.value = await followUpsApi.saveSettings(s)
    await Promise.all([loadScript(), loadList()])
  }

  return {
    settings,
    targets,
    currentId,
    current,
    currentIndex,
    history,
    script,
    rates,
    surveys,
    recent,
    loaded,
    recording,
    loadAll,
    loadList,
    loadRates,
    select,
    move,
    record,
    loadSurveys,
    saveSettings,
  }
})
