/**
 * zh-CN messages of the reports screen (the schema source; the English file
 * is typed by it): `messages` is mounted at `reports.*` — the monthly
 * report builder and the data exports; `errors` merges into
 * `error.report.*` and `error.data_export.*`.
 */
const reports = {
  messages: {
    title: '报告与导出',
  },
  errors: {
    report: {
      failed: '报告生成失败：{detail}',
    },
    data_export: {
      failed: '导出失败：{detail}',
    },
  },
}

export default reports
