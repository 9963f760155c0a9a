/**
 * zh-CN messages of the responses feature: `messages` is mounted at `responses.*`,
 * `errors` is merged into `error.*` (whole subtrees, keyed like the Go
 * error keys, e.g. error.answer.not_integer). The English file must have the
 * same shape (it is typed by this one).
 */
const responses = {
  messages: {
    title: '答卷',
    subtitle: '逐份查看客户答卷：按问卷、周期、评分段和渠道筛选，打标签、写备注。',
    total: '共 {n} 份答卷',
    filters: {
      survey: '问卷',
      allSurveys: '全部问卷',
      period: '周期',
      allTime: '全部时间',
      channel: '渠道',
      region: '地区',
      product: '产品',
      agent: '客服',
      band: '评分段',
      tag: '标签',
      any: '不限',
      search: '搜索评论、备注、客户名',
      reset: '清除筛选',
    },
    band: {
      promoter: '推荐者 9–10',
      passive: '中立者 7–8',
      detractor: '贬损者 0–6',
    },
    col: {
      submittedAt: '提交时间',
      survey: '问卷',
      customer: '客户',
      channel: '渠道',
      region: '地区',
      product: '产品',
      agent: '客服',
      nps: 'NPS',
      csat: 'CSAT',
      comment: '首条评论',
      tags: '标签',
    },
    source: {
      form: '手工录入',
      phone: '电话回访',
      kiosk: '现场终端',
      import: '表格导入',
    },
    anonymous: '匿名',
    keysHint: '↑ ↓ 选择 · Enter 打开详情 · Esc 关闭',
    drawer: {
      title: '答卷 #{id}',
      answers: '答案',
      customer: '客户',
      source: '来源',
      submittedAt: '提交时间',
      survey: '问卷',
      context: '渠道 · 地区 · 产品 · 客服',
      tags: '标签',
      addTag: '+ 标签',
      note: '内部备注',
      notePlaceholder: '只在本应用内可见，客户看不到',
      saveNote: '保存备注',
      noteSaved: '备注已保存',
      tagsSaved: '标签已保存',
      skipped: '未作答',
      invalid: '无效答案',
      raw: '原始值：{raw}',
      noAnswers: '这份答卷没有答案。',
      noValue: '（空）',
      keys: '↑ ↓ 上一份 / 下一份 · Esc 关闭',
    },
    empty: {
      title: '还没有答卷',
      body: '答卷有三个来源：在问卷里逐份录入（纸质问卷、电话）、现场终端收集，或从 Excel / CSV 表格导入。先到“问卷”打开一份问卷开始录入。',
      action: '去问卷',
    },
    noMatch: {
      title: '没有符合条件的答卷',
      body: '换一个周期，或清除筛选条件再看看。',
      action: '清除筛选',
    },
  },
  errors: {},
}

export default responses
