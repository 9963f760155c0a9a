/**
 * Start-up calls that may race the backend: until the desktop app has
 * opened the database, every call answers `error.db.not_open`. The window
 * normally loads after that, but a page served early (the browser dev
 * server, a slow disk) can ask first.
 */
import { toAppError } from '@/api'

/** The key the backend answers with until the database is open. */
export const NOT_OPEN = 'error.db.not_open'

/**
 * Calls fn again while the backend says the database is not open yet, up to
 * `tries` times `delayMs` apart; any other failure, or the last one, is
 * thrown as is.
 */
export async function whileOpening<T>(
  fn: () => Promise<T>,
  tries = 75,
  delayMs = 200,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn()
    } catch (err) {
      if (i >= tries || toAppError(err).key !== NOT_OPEN) throw err
      await sleep(delayMs)
    }
  }
}
