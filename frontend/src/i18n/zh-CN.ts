/**
 * Simplified Chinese messages — the default language and the source of the
 * message schema (see schema.ts). Message syntax: `{name}` interpolates;
 * avoid the characters @ | { } in plain text.
 */
import surveysModule from './modules/surveys.zh-CN'
import responsesModule from './modules/responses.zh-CN'
import followupsModule from './modules/followups.zh-CN'
import kioskModule from './modules/kiosk.zh-CN'
import importsModule from './modules/imports.zh-CN'
import slaModule from './modules/sla.zh-CN'
import ticketsModule from './modules/tickets.zh-CN'
import ticketDetailModule from './modules/ticketDetail.zh-CN'
import slaSettingsModule from './modules/slaSettings.zh-CN'
import notificationsModule from './modules/notifications.zh-CN'
import slaFiguresModule from './modules/slaFigures.zh-CN'
import ticketSetupModule from './modules/ticketSetup.zh-CN'
import satisfactionModule from './modules/satisfaction.zh-CN'
import complaintsModule from './modules/complaints.zh-CN'
import themesModule from './modules/themes.zh-CN'
import reportsModule from './modules/reports.zh-CN'
import customersModule from './modules/customers.zh-CN'
import customerProfileModule from './modules/customerProfile.zh-CN'
import careModule from './modules/care.zh-CN'

const zhCN = {
  app: {
    name: '客户反馈台',
    nameEn: 'Feedback Desk',
    tagline: '问卷 · 工单 · 客户之声',
  },
  nav: {
    dashboard: '仪表盘',
    surveys: '问卷',
    responses: '答卷',
    followups: '回访',
    tickets: '投诉工单',
    customers: '客户',
    reports: '报表',
    settings: '设置',
  },
  topbar: {
    period: '统计周期',
    scope: '范围',
    scopeAll: '全部问卷',
    scopeHint: '创建问卷后可按问卷筛选',
    language: '语言',
    toDark: '切换到深色主题',
    toLight: '切换到浅色主题',
  },
  common: {
    loading: '正在加载…',
    retry: '重试',
    cancel: '取消',
    close: '关闭',
    ok: '知道了',
  },
  welcome: {
    title: '欢迎使用客户反馈台',
    lead: '在一个地方收集问卷与 NPS / CSAT / CES 评分，跟进投诉工单的 SLA，按月生成满意度报告。所有数据只保存在这台电脑上。',
    demoTitle: '先看看效果',
    demoBody: '载入一套虚构公司的问卷、答卷、客户和工单，约需几秒钟。',
    demoAction: '加载演示数据',
    emptyTitle: '直接开始工作',
    emptyBody: '从空白数据库开始，之后可以创建问卷或导入 Excel。',
    emptyAction: '从空白开始',
    privacy: '数据位置：{dir}',
  },
  demo: {
    loading: '正在加载演示数据…',
    progress: '{stage}：{done} / {total}',
    done: '演示数据已加载：{responses} 份答卷，{tickets} 张工单',
    alreadyLoaded: '数据库中已有数据，未重复加载演示数据。',
    stage: {
      handlers: '处理人',
      customers: '客户',
      orders: '订单',
      surveys: '问卷',
      responses: '答卷',
      categories: '工单分类',
      tickets: '工单',
      followups: '回访记录',
    },
  },
  dashboard: {
    title: '仪表盘',
    subtitle: '数据库概览与近 12 个月的活动',
    kpi: {
      surveys: '问卷',
      responses: '答卷',
      customers: '客户',
      tickets: '投诉工单',
      handlers: '处理人',
    },
    kpiUnit: {
      surveys: '份',
      responses: '份',
      customers: '位',
      tickets: '张',
      handlers: '人',
    },
    activityTitle: '月度活动',
    activitySubtitle: '每月收到的答卷与新建工单',
    series: {
      responses: '答卷',
      tickets: '工单',
    },
    activityEmpty: '还没有按月统计的数据',
    empty: {
      title: '还没有任何数据',
      body: '仪表盘会汇总问卷答卷、投诉工单和客户。先创建一份问卷，或在“设置”中加载演示数据看看效果。',
      toSurveys: '去创建问卷',
      toSettings: '加载演示数据',
    },
  },
  settings: {
    title: '设置',
    subtitle: '界面偏好、数据位置与数据维护',
    appearance: '界面',
    language: '语言',
    theme: '主题',
    themeLight: '浅色',
    themeDark: '深色',
    data: '数据位置',
    dataDir: '数据文件夹',
    databasePath: '数据库文件',
    schemaVersion: '数据结构版本',
    version: '应用版本',
    backupTitle: '备份与恢复',
    backupBody: '备份会生成数据库的完整副本，可随时用于恢复。',
    backupAction: '备份数据…',
    backupDone: '已备份到 {path}（{size}）',
    restoreAction: '从备份恢复…',
    restoreConfirmTitle: '从备份恢复？',
    restoreConfirmBody: '恢复会用备份文件替换当前的全部数据。当前数据库会先保存一份安全副本，必要时可以找回。',
    restoreConfirm: '替换当前数据',
    restoreDone: '已从 {path} 恢复',
    restoreSafety: '原数据的安全副本：{path}',
    restoreCounts: '现有 {surveys} 份问卷、{responses} 份答卷、{customers} 位客户、{tickets} 张工单',
    maintenanceTitle: '数据维护',
    checkAction: '检查数据完整性',
    checkOk: '数据完整，未发现问题。',
    checkProblems: '发现问题：{n} 处外键不一致',
    checkIntegrity: '完整性检查结果：{lines}',
    checkDrift: '{n} 条月度指标汇总与答卷不一致（可从备份恢复，恢复时会自动重算）。',
    demoTitle: '演示数据',
    demoBody: '仅当数据库为空时可以加载演示数据，避免与真实数据混在一起。',
    demoDisabled: '数据库中已有数据',
  },
  surveys: surveysModule.messages,
  responses: responsesModule.messages,
  followups: followupsModule.messages,
  kiosk: kioskModule.messages,
  imports: importsModule.messages,
  sla: slaModule.messages,
  tickets: ticketsModule.messages,
  ticketDetail: ticketDetailModule.messages,
  slaSettings: slaSettingsModule.messages,
  notifications: notificationsModule.messages,
  slaFigures: slaFiguresModule.messages,
  ticketSetup: ticketSetupModule.messages,
  satisfaction: satisfactionModule.messages,
  complaints: complaintsModule.messages,
  themes: themesModule.messages,
  reports: reportsModule.messages,
  customers: customersModule.messages,
  customerProfile: customerProfileModule.messages,
  care: careModule.messages,
  error: {
    ...surveysModule.errors,
    ...responsesModule.errors,
    ...followupsModule.errors,
    ...kioskModule.errors,
    ...importsModule.errors,
    ...slaModule.errors,
    ...ticketsModule.errors,
    ...ticketDetailModule.errors,
    ...slaSettingsModule.errors,
    ...notificationsModule.errors,
    ...slaFiguresModule.errors,
    ...ticketSetupModule.errors,
    ...satisfactionModule.errors,
    ...complaintsModule.errors,
    ...themesModule.errors,
    ...reportsModule.errors,
    ...customersModule.errors,
    ...customerProfileModule.errors,
    ...careModule.errors,
    title: '出错了',
    internal: '发生了意外错误。请重试；如果问题仍然存在，请备份数据后重启应用。',
    invalid: '输入的内容无效。',
    not_found: '找不到要操作的记录。',
    conflict: '操作与当前数据冲突。',
    unavailable: '数据库暂时不可用，请稍后重试。',
    newer_schema: '数据库由更新版本的应用写入，请先升级。',
    corrupt: '数据库文件已损坏。',
    canceled: '操作已取消。',
    db: {
      not_open: '数据库尚未打开，请稍候或重启应用。',
      newer_schema: '此数据库的结构版本为 {found}，本应用最高支持 {supported}。请先升级客户反馈台。',
      not_feedback_desk: '所选文件不是客户反馈台的数据库。',
      not_a_database: '所选文件不是数据库文件。',
      corrupt_backup: '备份文件已损坏，无法恢复。当前数据没有改变。',
    },
    app: {
      already_open: '客户反馈台已经打开（数据文件夹：{dir}）。同一数据文件夹只能由一个窗口使用。',
    },
    demo: {
      running: '演示数据正在加载，请稍候。',
      not_empty: '只能在空数据库中加载演示数据。',
    },
    prefs: {
      language: '不支持所选的语言。',
      theme: '不支持所选的主题。',
    },
    activity: {
      months_range: '月份数应在 1 到 60 之间。',
    },
    backup: {
      failed: '备份失败，请换一个保存位置后重试。',
    },
    restore: {
      failed: '恢复失败，当前数据没有改变。',
    },
    period: {
      day_invalid: '“{value}”不是有效日期（YYYY-MM-DD）。',
      reversed: '结束日期早于开始日期。',
      too_long: '统计周期最长十年。',
    },
  },
}

export default zhCN
