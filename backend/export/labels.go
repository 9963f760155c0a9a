package export

// labels are the export's fixed texts: key → {zh, en}.
var labels = map[string][2]string{
	"sheet.responses": {"问卷回复", "Responses"},
	"sheet.tickets":   {"投诉工单", "Tickets"},

	"col.response_id":  {"回复ID", "Response ID"},
	"col.survey_id":    {"问卷ID", "Survey ID"},
	"col.survey":       {"问卷", "Survey"},
	"col.submitted_at": {"提交时间", "Submitted"},
	"col.source":       {"来源", "Source"},
	"col.channel":      {"渠道", "Channel"},
	"col.customer":     {"客户姓名", "Customer"},
	"col.phone":        {"手机", "Phone"},
	"col.email":        {"邮箱", "Email"},
	"col.company":      {"公司", "Company"},
	"col.tier":         {"客户等级", "Customer tier"},
	"col.region":       {"地区", "Region"},
	"col.product":      {"产品", "Product"},
	"col.agent":        {"客服", "Agent"},
	"col.note":         {"备注", "Note"},
	"col.tags":         {"标签", "Tags"},
	"col.batch":        {"导入批次", "Import batch"},
	"col.batch_file":   {"导入文件", "Import file"},

	"col.ticket_id":      {"工单ID", "Ticket ID"},
	"col.title":          {"标题", "Title"},
	"col.description":    {"描述", "Description"},
	"col.category":       {"类别", "Category"},
	"col.subcategory":    {"子类别", "Subcategory"},
	"col.priority":       {"优先级", "Priority"},
	"col.status":         {"状态", "Status"},
	"col.handler":        {"处理人", "Handler"},
	"col.created_at":     {"创建时间", "Created"},
	"col.first_response": {"首次响应时间", "First response"},
	"col.resolved_at":    {"解决时间", "Resolved"},
	"col.sla_first":      {"SLA 首次响应", "SLA first response"},
	"col.sla_next":       {"SLA 后续回复", "SLA next reply"},
	"col.sla_resolution": {"SLA 解决时限", "SLA resolution"},
	"col.from_response":  {"来源回复ID", "From response"},

	"source.form":   {"表单录入", "Form"},
	"source.phone":  {"电话回访", "Phone follow-up"},
	"source.kiosk":  {"现场终端", "Kiosk"},
	"source.import": {"批量导入", "Import"},

	"tier.high":   {"高", "High"},
	"tier.medium": {"中", "Medium"},
	"tier.low":    {"低", "Low"},

	"channel.phone":   {"电话", "Phone"},
	"channel.email":   {"邮件", "Email"},
	"channel.wechat":  {"微信", "WeChat"},
	"channel.walk_in": {"到店", "Walk-in"},
	"channel.web":     {"网站", "Web"},
	"channel.social":  {"社交媒体", "Social media"},
	"channel.other":   {"其他", "Other"},

	"sla.met":      {"达标", "met"},
	"sla.breached": {"超时", "breached"},
	"sla.open":     {"进行中", "open"},
	"sla.none":     {"不适用", "n/a"},
}

// label returns the text of key in lang; a key without a text is returned
// as given (stored values such as a custom channel pass through).
func label(lang, key string) string {
	l, ok := labels[key]
	if !ok {
		return key
	}
	if lang == "en" {
		return l[1]
	}
	return l[0]
}

// labelOr returns the text of prefix+value, or value itself when there is
// none (an unknown or custom value is shown as stored).
func labelOr(lang, prefix, value string) string {
	if _, ok := labels[prefix+value]; ok {
		return label(lang, prefix+value)
	}
	return value
}
