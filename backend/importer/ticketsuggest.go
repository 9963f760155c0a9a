package importer

import (
	"fmt"
	"strings"

	"feedbackdesk/backend/spreadsheet"
)

// ticketHeaderRules are the header rules of the tickets target, tried in
// order (specific phrases first: 首次响应时间 before 时间, 客户电话 before 客户).
var ticketHeaderRules = []headerRule{
	{[]string{"首次响应", "首次回复", "首响", "首次处理", "first response", "first reply", "responded"}, "field:first_response_at", 0.95},
	{[]string{"解决时间", "完成时间", "结案时间", "关闭时间", "解决日期", "resolved", "solved", "closed at", "resolution time"}, "field:resolved_at", 0.95},
	{[]string{"创建时间", "提交时间", "受理时间", "登记时间", "投诉时间", "创建日期", "created", "opened", "submitted"}, "field:created_at", 0.95},
	{[]string{"客户编号", "客户id", "会员号", "customer id", "customer_id", "customer no", "client id"}, "field:customer_id", 0.9},
	{[]string{"工单号", "工单编号", "工单id", "单号", "ticket id", "ticket no", "ticket number", "编号", "id"}, "field:external_id", 0.8},
	{[]string{"状态", "status", "state"}, "field:status", 0.9},
	{[]string{"子类", "子分类", "二级分类", "小类", "subcategory", "sub-category"}, "field:subcategory", 0.9},
	{[]string{"类别", "分类", "类型", "大类", "category", "type"}, "field:category", 0.85},
	{[]string{"优先级", "紧急程度", "priority", "urgency"}, "field:priority", 0.9},
	{[]string{"渠道", "来源", "channel", "source"}, "field:channel", 0.85},
	{[]string{"处理人", "负责人", "受理人", "客服", "坐席", "handler", "assignee", "agent", "owner"}, "field:handler", 0.9},
	{[]string{"手机", "电话", "联系方式", "phone", "mobile", "tel"}, "field:customer_phone", 0.9},
	{[]string{"邮箱", "电子邮件", "email", "e-mail", "mail"}, "field:customer_email", 0.9},
	{[]string{"客户", "姓名", "联系人", "customer", "name"}, "field:customer_name", 0.85},
	{[]string{"标题", "主题", "摘要", "title", "subject", "summary"}, "field:title", 0.9},
	{[]string{"描述", "内容", "详情", "description", "details", "body"}, "field:description", 0.85},
	{[]string{"时间", "日期", "date", "time"}, "field:created_at", 0.6},
	{[]string{"序号", "行号", "no.", "#"}, "ignore", 0.6},
}

// SuggestTickets proposes a ticket field for every column from its header
// text (zh and en: 创建时间, 首次响应时间, 解决时间, 状态, 类别, 优先级,
// 渠道, 处理人, 客户 …). Each field is suggested once; a column no rule
// matches is kept as an attribute (a ticket tag) with low confidence.
func SuggestTickets(h *spreadsheet.Header, samples [][]string) []Suggestion {
	out := make([]Suggestion, 0, len(h.Columns))
	taken := map[string]bool{}
	for _, c := range h.Columns {
		s := Suggestion{Column: c.Name, Target: "attribute", Confidence: 0.3, Reason: "no rule matched; kept as an attribute"}
		if c.Index >= len(samples) || len(samples[c.Index]) == 0 {
			s = Suggestion{Column: c.Name, Target: "ignore", Confidence: 0.5, Reason: "column is empty"}
		}
		name := strings.ToLower(spreadsheet.NormalizeValue(c.Name))
	rules:
		for _, r := range ticketHeaderRules {
			for _, w := range r.words {
				if !c.Generated && containsWord(name, w) {
					s = Suggestion{Column: c.Name, Target: r.target, Confidence: r.conf, Reason: fmt.Sprintf("header contains %q", w)}
					break rules
				}
			}
		}
		if strings.HasPrefix(s.Target, "field:") {
			if taken[s.Target] {
				s = Suggestion{Column: c.Name, Target: "attribute", Confidence: 0.3, Reason: "same field as an earlier column"}
			}
			taken[s.Target] = true
		}
		out = append(out, s)
	}
	return out
}
