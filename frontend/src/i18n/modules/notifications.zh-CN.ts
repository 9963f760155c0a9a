/** Messages of the notification centre (SLA warnings and escalations; zh-CN, the schema source). */
const notifications = {
  messages: {
    title: 'SLA 提醒',
    bell: 'SLA 提醒',
    bellUnread: 'SLA 提醒（{n} 条未读）',
    subtitle: '近 {days} 天内未结工单的预警与升级',
    markAllRead: '全部标为已读',
    empty: '近 7 天没有 SLA 预警',
    emptyHint: '工单的时限用到 75% 和 90% 时，或触发升级时，会显示在这里。',
    loadFailed: '提醒加载失败',
    retry: '重试',
    warning: '预警',
    escalation: '{level} 级升级',
    used: '已用 {pct}%',
    notify: '通知 {notify}',
    shifted: '非工作时间触发，顺延到开门时提醒（原定 {time}）',
    noHandler: '未分配',
    handler: '处理人：{name}',
    unread: '未读',
    toastTitle: '工单升级：{level} 级 {name}',
    toastNotify: '需通知：{notify}',
    toastOpen: '查看工单',
    toastMore: '另有 {n} 条新的升级提醒',
    toastShowAll: '查看全部',
  },
  errors: {},
}

export default notifications
