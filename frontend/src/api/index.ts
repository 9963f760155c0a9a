/** Public surface of the api layer. */
export { systemApi } from './system'
export { onDemoProgress, onImportProgress, onRetagProgress } from './events'
export { AppError, toAppError } from './errors'
export type * from './types'
export { statKeys, demoStages, emptyStats } from './types'
// Surveys, response entry, kiosk, customer look-up (types: ./surveyTypes).
export { surveysApi } from './surveys'
export { responsesApi } from './responses'
export { kioskApi } from './kiosk'
export { customersApi } from './customers'
export { enterFullscreen, leaveFullscreen } from './window'
// Spreadsheet import studio (types: ./importTypes).
export { importsApi } from './imports'
// Complaint tickets, SLA and business calendars (types: ./ticketTypes).
export { ticketsApi } from './tickets'
export { calendarsApi } from './calendars'
// Satisfaction dashboard (period, trend, breakdowns).
export { dashboardApi } from './dashboard'
// Monthly report workbook and data exports (Go save dialog, cancellable jobs).
export { reportsApi, onReportProgress, copyToClipboard } from './reports'
export type { ReportRequest, ReportResult, ExportRequest, ExportResult, ReportProgress } from './reports'
