/**
 * A promise that resolves once the app store finished its start-up load,
 * so the router can wait for it before deciding where to go.
 */
let resolveReady: () => void = () => {}
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve
})

export function markReady(): void {
  resolveReady()
}

export function whenReady(): Promise<void> {
  return ready
}
