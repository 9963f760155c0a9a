/**
 * Shared vocabulary of tickets and SLA (channels, statuses, priorities,
 * targets and their states, durations) used by the ticket list, ticket
 * detail, calendars, policies and the notification centre; and the error
 * messages of tickets, ticket events, calendars and SLA policies.
 */
const sla = {
  messages: {
    channel: {
      phone: '电话',
      email: '邮件',
      wechat: '微信',
      walk_in: '到店',
      web: '网站',
      social: '社交媒体',
      other: '其他',
    },
    statusCategory: {
      new: '新建',
      open: '处理中',
      pending_customer: '等待客户',
      pending_third_party: '等待第三方',
      resolved: '已解决',
      closed: '已关闭',
    },
    priority: {
      p1: 'P1 紧急',
      p2: 'P2 高',
      p3: 'P3 中',
      p4: 'P4 低',
      short: 'P{n}',
    },
    kind: {
      first_response: '首次响应',
      next_reply: '后续回复',
      resolution: '解决',
    },
    state: {
      not_applicable: '不适用',
      not_started: '未开始',
      running: '计时中',
      paused: '已暂停',
      met: '已达成',
      breached: '已超时',
    },
    segment: {
      counted: '计入',
      paused: '暂停',
      out_of_hours: '非工作时间',
      stopped: '已停止',
    },
    mode: {
      business: '工作时间',
      calendar: '自然时间',
    },
    duration: {
      minutes: '{m} 分',
      hours: '{h} 小时',
      hoursMinutes: '{h} 小时 {m} 分',
      days: '{d} 天',
      daysHours: '{d} 天 {h} 小时',
      left: '剩余 {time}',
      over: '超时 {time}',
      paused: '暂停（剩余 {time}）',
      met: '已达成',
      none: '无 SLA',
    },
    noPolicy: '没有适用的 SLA 策略',
    businessNote: '时间按业务日历的工作时间计算（午休、节假日和调休已考虑）。',
  },
  errors: {
    ticket: {
      not_found: '找不到编号为 {id} 的工单，可能已被删除。',
      title_required: '工单需要一个标题。',
      priority_invalid: '优先级只能是 P1 到 P4。',
      channel_invalid: '未知的渠道“{channel}”。',
      status_invalid: '未知的状态类别。',
      status_unknown: '没有名为“{status}”的工单状态。',
      status_category_invalid: '未知的状态类别“{category}”。',
      direction_invalid: '回复只能是“客户来信”或“我方回复”。',
      body_required: '请先填写内容。',
      policy_ref_invalid: 'SLA 策略版本引用无效。',
      hours_invalid: '“即将到期”只能查看未来 1 到 {max} 小时。',
      days_invalid: '通知只能回看 1 到 31 天。',
      bulk_size: '请选择 1 到 {max} 张工单。',
      view_name: '视图名称需为 1 到 60 个字符。',
      views_full: '最多保存 {max} 个视图，请先删除一个。',
    },
    ticket_event: {
      created_twice: '工单只能创建一次。',
      direction_invalid: '回复只能是“客户来信”或“我方回复”。',
      handler_unknown: '找不到这位处理人，可能已被停用。',
      kind_unknown: '未知的工单操作。',
      note_empty: '内部备注需要填写内容。',
      out_of_order: '操作时间不能早于工单的上一条记录。',
      policy_unknown: '找不到这个 SLA 策略版本。',
      priority_invalid: '优先级只能是 P1 到 P4。',
      reopen_not_done: '只有已解决或已关闭的工单可以重新打开。',
      reopen_to_done: '重新打开的工单不能直接设为已解决或已关闭。',
      status_unchanged: '工单已经是这个状态。',
    },
    handler: {
      name_required: '处理人需要一个名字。',
    },
    calendar: {
      not_found: '找不到业务日历“{calendar}”。',
      name_required: '业务日历需要一个名称。',
      invalid: '日历设置有误：{detail}',
      interval_invalid: '“{value}”不是有效的时间段，请写成 09:00-12:00。',
      hours_invalid: '工作时间格式有误。',
      weekly_invalid: '一周只有七天。',
      holidays_format: '节假日文件须为 .json（holiday-cn 格式）或 .csv（date,type,hours）。',
      holidays_invalid: '无法读取节假日文件“{file}”：{detail}',
      minutes_negative: '分钟数不能为负数。',
      no_due: '无法计算到期时间：{detail}',
      start_invalid: '“{value}”不是有效的日期时间。',
    },
    sla: {
      minutes_negative: '分钟数不能为负数。',
      no_due: '无法计算到期时间。',
    },
    sla_policy: {
      invalid: 'SLA 策略有误：{detail}',
      not_found: '找不到这个 SLA 策略版本。',
    },
  },
}

export default sla
