package importer

import (
	"fmt"
	"strings"

	"feedbackdesk/backend/spreadsheet"
)

// customerHeaderRules are the header rules of the customers target, tried
// in order (specific phrases first: 客户编号 before 客户, 获客渠道 before 渠道).
var customerHeaderRules = []headerRule{
	{[]string{"客户编号", "客户id", "客户代码", "会员号", "会员编号", "customer id", "customer_id", "customer no", "client id", "编号", "id"}, "field:customer_id", 0.9},
	{[]string{"手机", "电话", "联系方式", "phone", "mobile", "tel"}, "field:customer_phone", 0.9},
	{[]string{"邮箱", "电子邮件", "email", "e-mail", "mail"}, "field:customer_email", 0.9},
	{[]string{"公司", "单位", "企业", "company", "organisation", "organization"}, "field:company", 0.9},
	{[]string{"地区", "区域", "城市", "省份", "region", "city", "area"}, "field:region", 0.9},
	{[]string{"行业", "industry", "sector"}, "field:industry", 0.9},
	{[]string{"获客渠道", "来源渠道", "渠道", "来源", "channel", "source"}, "field:channel", 0.85},
	{[]string{"免打扰", "勿扰", "拒绝联系", "do not contact", "do-not-contact", "dnc"}, "field:do_not_contact", 0.9},
	{[]string{"同意", "授权", "consent", "opt-in", "opt in"}, "field:consent", 0.85},
	{[]string{"客户", "姓名", "名称", "联系人", "customer", "name"}, "field:customer_name", 0.85},
	{[]string{"序号", "行号", "no.", "#"}, "ignore", 0.6},
}

// orderHeaderRules are the header rules of the orders target.
var orderHeaderRules = []headerRule{
	{[]string{"订单号", "订单编号", "订单id", "单号", "order id", "order no", "order number", "order_id"}, "field:external_id", 0.95},
	{[]string{"客户编号", "客户id", "会员号", "会员编号", "customer id", "customer_id", "customer no", "client id"}, "field:customer_id", 0.9},
	{[]string{"手机", "电话", "phone", "mobile", "tel"}, "field:customer_phone", 0.9},
	{[]string{"邮箱", "电子邮件", "email", "e-mail", "mail"}, "field:customer_email", 0.9},
	{[]string{"退款", "refund", "refunded"}, "field:refund", 0.95},
	{[]string{"金额", "实付", "总价", "价格", "amount", "total", "price", "value"}, "field:amount", 0.9},
	{[]string{"下单时间", "下单日期", "订单日期", "订单时间", "购买日期", "购买时间", "ordered", "order date", "purchase date", "时间", "日期", "date", "time"}, "field:ordered_at", 0.85},
	{[]string{"编号", "id"}, "field:external_id", 0.6},
	{[]string{"序号", "行号", "no.", "#"}, "ignore", 0.6},
}

// suggestBy proposes a field for every column from its header text by the
// rules, each field once; a column no rule matches gets fallback
// ("attribute" or "ignore") with confidence conf, an empty column ignore.
// Customers keep unmatched columns as custom attributes (conf 0.6, so the
// suggested mapping takes them); orders ignore them.
func suggestBy(h *spreadsheet.Header, samples [][]string, rules []headerRule, fallback string, conf float64) []Suggestion {
	out := make([]Suggestion, 0, len(h.Columns))
	taken := map[string]bool{}
	for _, c := range h.Columns {
		s := Suggestion{Column: c.Name, Target: fallback, Confidence: conf, Reason: "no rule matched"}
		if c.Index >= len(samples) || len(samples[c.Index]) == 0 {
			s = Suggestion{Column: c.Name, Target: "ignore", Confidence: 0.5, Reason: "column is empty"}
		}
		name := strings.ToLower(spreadsheet.NormalizeValue(c.Name))
	match:
		for _, r := range rules {
			for _, w := range r.words {
				if !c.Generated && containsWord(name, w) && !taken[r.target] {
					s = Suggestion{Column: c.Name, Target: r.target, Confidence: r.conf, Reason: fmt.Sprintf("header contains %q", w)}
					break match
				}
			}
		}
		if strings.HasPrefix(s.Target, "field:") {
			taken[s.Target] = true
		}
		out = append(out, s)
	}
	return out
}
