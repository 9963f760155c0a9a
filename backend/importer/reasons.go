package importer

import "strings"

// Codes lists every row error code with its English and Chinese reason,
// for errors.xlsx and for the UI's translations (keys error.import.<code>).
var Codes = map[string][2]string{
	"required_missing":   {"A required value is empty", "必填项为空"},
	"date_invalid":       {"Not a date and time", "不是有效的日期时间"},
	"date_ambiguous":     {"Day/month order unclear; choose the date order", "无法判断日/月顺序，请选择日期格式"},
	"phone_scientific":   {"Phone number shown by Excel as a number like 1.38E+10; digits are lost", "手机号被 Excel 显示为科学计数法（如 1.38E+10），号码已丢失"},
	"phone_invalid":      {"Not a phone number", "不是有效的电话号码"},
	"email_invalid":      {"Not an email address", "不是有效的邮箱地址"},
	"nps_not_integer":    {"NPS must be a whole number 0–10", "NPS 必须是 0–10 的整数"},
	"nps_out_of_range":   {"NPS must be 0–10", "NPS 必须在 0–10 之间"},
	"nps_not_a_number":   {"NPS is not a number", "NPS 不是数字"},
	"score_not_integer":  {"The score must be a whole number", "评分必须是整数"},
	"score_out_of_range": {"The score is outside the scale", "评分超出量表范围"},
	"score_not_a_number": {"The score is not a number", "评分不是数字"},
	"unknown_option":     {"Not one of the question's options", "不是该题的选项"},
	"single_choice":      {"Only one choice is allowed", "只能选择一项"},
	"too_many_options":   {"Too many different answers for a choice question", "选择题的不同答案过多"},
	"text_too_long":      {"Text longer than 20,000 characters", "文本超过 20,000 字"},

	"ticket_response_before_created": {"First response is earlier than the ticket's creation", "首次响应时间早于创建时间"},
	"ticket_resolved_before_created": {"Resolved time is earlier than the ticket's creation", "解决时间早于创建时间"},
	"ticket_resolved_without_status": {"Has a resolved time but the status is not resolved or closed", "有解决时间，但状态不是已解决或已关闭"},
	"ticket_status_without_resolved": {"Status is resolved or closed but the resolved time is empty", "状态为已解决或已关闭，但解决时间为空"},
	"ticket_status_unknown":          {"Not a ticket status", "不是有效的工单状态"},
	"ticket_priority_invalid":        {"Not a priority (P1–P4, 1–4, 紧急/高/中/低)", "不是有效的优先级（P1–P4、1–4、紧急/高/中/低）"},
	"ticket_channel_invalid":         {"Not a ticket channel", "不是有效的渠道"},

	"customer_identity_missing": {"No customer id, phone or email to match the customer by", "没有客户编号、手机或邮箱，无法识别客户"},
	"bool_invalid":              {"Not yes or no", "不是“是”或“否”"},
	"order_customer_unknown":    {"The order's customer is not stored; import the customers first", "订单的客户不存在，请先导入客户"},
	"order_date_future":         {"The order date is in the future", "订单日期在未来"},
	"amount_invalid":            {"Not an amount", "不是有效的金额"},
	"amount_negative":           {"The amount is negative", "金额为负数"},
	"refund_exceeds_amount":     {"The refund is larger than the order amount", "退款金额大于订单金额"},
}

// Reason returns the English and Chinese reason of a code.
func Reason(code string) (en, zh string) {
	r, ok := Codes[code]
	if !ok {
		return code, code
	}
	return r[0], r[1]
}

// joinReasons renders a row's errors for one cell of errors.xlsx.
func joinReasons(errs []RowError, pick func(RowError) string) string {
	parts := make([]string, len(errs))
	for i, e := range errs {
		parts[i] = pick(e)
	}
	return strings.Join(parts, "; ")
}
