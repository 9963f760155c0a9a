/**
 * useNotify shows errors and results through naive-ui's message API, with
 * errors translated from their key (never a stack trace).
 */
import { useMessage } from 'naive-ui'
import { toAppError } from '@/api'
import { errorText } from '@/i18n'

export function useNotify() {
  const message = useMessage()

  function error(err: unknown): void {
    message.error(errorText(toAppError(err)), { duration: 6000, closable: true })
  }

  function success(text: string): void {
    message.success(text, { duration: 4000 })
  }

  function info(text: string): void {
    message.info(text, { duration: 4000 })
  }

  /** Runs fn and reports a failure; resolves to undefined on error. */
  async function guard<T>(fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn()
    } catch (err) {
      error(err)
      return undefined
    }
  }

  return { error, success, info, guard }
}
