/** Public surface of the api layer. */
export { systemApi } from './system'
export { onDemoProgress } from './events'
export { AppError, toAppError } from './errors'
export type * from './types'
export { statKeys, demoStages, emptyStats } from './types'
