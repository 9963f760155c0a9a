/**
 * zh-CN messages of the kiosk feature: `messages` is mounted at `kiosk.*`,
 * `errors` is merged into `error.*` (whole subtrees, keyed like the Go
 * error keys, e.g. error.kiosk.locked). The English file must have the
 * same shape (it is typed by this one).
 */
const kiosk = {
  messages: {
    title: '自助评价',
    welcome: '感谢您抽出一分钟告诉我们您的感受',
    npsLow: '完全不可能',
    npsHigh: '非常可能',
    required: '必答',
    textPlaceholder: '请写下您的意见或建议（可选）',
    submit: '提交',
    missing: '请先回答标有“必答”的问题',
    thanks: '谢谢您的反馈！',
    thanksBody: '您的意见会帮助我们做得更好。',
    next: '轻触屏幕开始新的评价',
    exit: '退出自助评价',
    pinTitle: '输入 PIN 码退出',
    pinWrong: 'PIN 码不正确，请重试',
    pinLocked: '尝试次数过多，请在 {seconds} 秒后再试',
    clear: '清除',
    cancel: '取消',
    ok: '确定',
    notConfigured: '自助评价尚未设置。请在问卷列表中选择“自助评价模式”。',
    back: '返回问卷列表',
    faces: {
      1: '很不满意',
      2: '不满意',
      3: '一般',
      4: '满意',
      5: '非常满意',
    },
  },
  errors: {
    kiosk: {
      locked: 'PIN 码错误次数过多，请在 {seconds} 秒后再试。',
      pin_invalid: 'PIN 码须为 4–8 位数字。',
      not_configured: '自助评价尚未设置，请先选择问卷并设置 PIN 码。',
    },
  },
}

export default kiosk
