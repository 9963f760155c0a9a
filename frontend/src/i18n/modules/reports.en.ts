/**
 * English messages of the reports screen, typed by the zh-CN schema:
 * `messages` at `reports.*`, `errors` merged into `error.report.*` and
 * `error.data_export.*`.
 */
import type zh from './reports.zh-CN'

const reports: typeof zh = {
  messages: {
    title: 'Reports and exports',
  },
  errors: {
    report: {
      failed: 'The report could not be written: {detail}',
    },
    data_export: {
      failed: 'The export could not be written: {detail}',
    },
  },
}

export default reports
