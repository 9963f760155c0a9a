/**
 * zh-CN messages of the surveys feature: `messages` is mounted at `surveys.*`,
 * `errors` is merged into `error.*` (whole subtrees, keyed like the Go
 * error keys, e.g. error.answer.not_integer). The English file must have the
 * same shape (it is typed by this one).
 */
import editor from './surveyEditor.zh-CN'
import entry from './surveyEntry.zh-CN'
import overview from './surveyOverview.zh-CN'

const surveys = {
  messages: {
    editor,
    entry,
    overview,
    title: '问卷',
    subtitle: '设计 NPS、满意度（CSAT）和费力度（CES）问卷，录入纸质问卷，查看得分',
    status: { draft: '草稿', active: '收集中', closed: '已结束' },
    col: {
      title: '问卷',
      status: '状态',
      responses: '答卷',
      questions: '题目',
      updated: '更新于',
      actions: '操作',
    },
    action: {
      new: '新建问卷',
      import: '导入 JSON…',
      overview: '查看得分',
      edit: '编辑',
      entry: '录入答卷',
      activate: '开始收集',
      close: '结束收集',
      reopen: '重新开放',
      export: '导出 JSON…',
      delete: '删除',
      kiosk: '自助评价模式',
      more: '更多操作',
    },
    empty: {
      title: '还没有问卷',
      body: '问卷收集客户的 NPS、满意度和费力度评分及意见。从模板新建一份，几分钟即可开始录入纸质问卷或在门店自助终端收集。',
    },
    done: {
      activated: '“{title}”已开始收集答卷',
      closed: '“{title}”已结束收集',
      exported: '已导出到 {path}',
      imported: '已导入“{title}”（草稿）',
      deleted: '已删除“{title}”',
      created: '已创建“{title}”',
    },
    deleteConfirm: {
      title: '删除问卷？',
      body: '将永久删除“{title}”及其全部题目。此操作不能撤销。',
      ok: '删除',
    },
    deleteRefused: '“{title}”已有 {n} 份答卷，不能删除；可以改为“结束收集”。',
    newDialog: {
      title: '新建问卷',
      blank: '空白问卷',
      blankBody: '从零开始，自己添加题目',
      templates: '或从模板开始（中英双语）',
      questions: '{n} 道题',
    },
    kioskDialog: {
      title: '自助评价模式',
      body: '在门店或服务台的电脑上全屏显示问卷，客户自行评分。退出需要输入 PIN 码。',
      survey: '问卷（仅限收集中的问卷）',
      pin: '退出 PIN 码',
      pinHint: '4–8 位数字，请记住它',
      pinInvalid: 'PIN 码须为 4–8 位数字',
      start: '进入自助评价',
      noActive: '没有收集中的问卷。请先把一份问卷设为“开始收集”。',
    },
    untitled: '（无标题）',
  },
  errors: {
    survey: {
      not_found: '找不到这份问卷，可能已被删除。',
      title_required: '请填写问卷标题（中文或英文至少一项）。',
      title_too_long: '问卷标题最多 200 个字符。',
      status_invalid: '未知的问卷状态。',
      status_transition: '已有答卷的问卷不能退回草稿状态。',
      has_responses: '这份问卷已有 {count} 份答卷，不能删除；可以改为“结束收集”。',
      definition_format: '这个文件不是 Feedback Desk 问卷定义文件。',
      definition_json: '问卷定义文件内容无法读取（JSON 格式有误）。',
    },
    question: {
      title_required: '每道题都需要标题（中文或英文至少一项）。',
      type_invalid: '未知的题型。',
      role_invalid: '未知的指标角色。',
      role_mismatch: '指标角色必须与题型一致：只有 NPS 题计入 NPS，CSAT 题计入 CSAT，CES 题计入 CES。',
      nps_scale: 'NPS 题固定为 0–10 分。',
      csat_scale: '满意度（CSAT）题只能用 1–3、1–5、1–7 或 1–10 分制。',
      ces_scale: '费力度（CES）题固定为 1–7 分。',
      rating_scale: '评分题的最小值须小于最大值，范围 0–100。',
      options_required: '选择题至少需要两个选项。',
      locked: '这道题已有答卷：题型、分制和指标角色不能再修改。',
      answered_delete: '这道题已有答卷，不能删除。',
      not_in_survey: '这道题不属于本问卷，请刷新后重试。',
    },
    answer: {
      number_required: '“{question}”需要填写分数。',
      not_integer: '“{question}”只接受整数，{value} 无效。',
      out_of_range: '“{question}”的分数须在 {min}–{max} 之间，{value} 无效。',
      single_choice: '“{question}”只能选一项。',
      unknown_option: '“{question}”没有选项“{value}”。',
      text_required: '“{question}”需要填写文字。',
      text_too_long: '“{question}”最多 20,000 个字符。',
    },
    response: {
      required: '“{question}”为必答题。',
      survey_not_active: '这份问卷不在收集中，不能录入答卷。请先在问卷列表中“开始收集”。',
      wrong_survey: '答卷与问卷不匹配，请刷新后重试。',
      source_invalid: '未知的答卷来源。',
      time_required: '答卷需要提交时间。',
      unknown_question: '答卷包含本问卷没有的题目，请刷新后重试。',
      duplicate_answer: '同一道题被回答了两次。',
      duplicate: '这份答卷已经录入过了。',
      customer_missing: '所选客户不存在，请重新查找。',
      not_found: '找不到这份答卷。',
      time_invalid: '提交时间格式无效。',
      note_too_long: '备注太长。',
      tag_too_long: '标签太长。',
      too_many_tags: '标签太多。',
      band_invalid: '未知的评分段。',
      page_invalid: '分页参数无效。',
    },
    file: {
      not_found: '找不到所选文件。',
      too_large: '文件太大，无法导入。',
    },
    export: {
      write: '无法写入所选位置，请换一个位置再试。',
    },
    template: {
      not_found: '找不到这个问卷模板。',
    },
  },
}

export default surveys
