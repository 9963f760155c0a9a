/**
 * Window control through the Wails runtime (full screen for the kiosk).
 * Outside the desktop window (the browser used by end-to-end tests) these
 * fall back to the browser's Fullscreen API or do nothing.
 */
import { WindowFullscreen, WindowUnfullscreen } from '../../wailsjs/runtime/runtime'

function hasRuntime(): boolean {
  return typeof window !== 'undefined' && 'runtime' in window
}

export function enterFullscreen(): void {
  try {
    if (hasRuntime()) WindowFullscreen()
  } catch {
    /* not available: stay windowed */
  }
}

export function leaveFullscreen(): void {
  try {
    if (hasRuntime()) WindowUnfullscreen()
  } catch {
    /* not available */
  }
}
