package demo

import (
	"time"

	"feedbackdesk/backend/feedback"
)

// Survey IDs of the demo surveys.
const (
	SurveyRelationshipNPS int64 = iota + 1
	SurveyPostTicketCSAT
	SurveyEffortCES
	SurveyPhoneFollowUp
)

// Question IDs of the demo surveys, numbered across surveys.
const (
	qNPS int64 = iota + 1
	qNPSFocus
	qNPSReason
	qCSAT
	qCSATComment
	qCES
	qCESComment
	qPhoneNPS
	qPhoneCSAT
	qPhoneSolved
	qPhoneComment
)

// surveyDefs returns the four demo surveys with their questions.
func surveyDefs() []*feedback.Survey {
	return []*feedback.Survey{
		{
			ID: SurveyRelationshipNPS, Title: "关系型 NPS 调研", TitleEN: "Relationship NPS survey",
			Description:   "每季度向活跃客户发送，衡量整体推荐意愿。",
			DescriptionEN: "Sent quarterly to active customers to measure overall likelihood to recommend.",
			Status:        feedback.SurveyActive,
			Questions: []*feedback.Question{
				{ID: qNPS, Position: 1, Type: feedback.QuestionNPS, Role: feedback.RoleNPS, ScaleMin: 0, ScaleMax: 10, Required: true,
					Title: "您有多大可能向朋友或同事推荐我们？", TitleEN: "How likely are you to recommend us to a friend or colleague?"},
				{ID: qNPSFocus, Position: 2, Type: feedback.QuestionSingle,
					Title: "您最看重我们哪一方面？", TitleEN: "What matters most to you?",
					Options: []feedback.Option{
						{Value: "quality", Label: "产品质量", LabelEN: "Product quality"},
						{Value: "price", Label: "价格", LabelEN: "Price"},
						{Value: "service", Label: "客户服务", LabelEN: "Customer service"},
						{Value: "delivery", Label: "物流配送", LabelEN: "Delivery"},
					}},
				{ID: qNPSReason, Position: 3, Type: feedback.QuestionText, LongText: true,
					Title: "您给出这个分数的主要原因是什么？", TitleEN: "What is the main reason for your score?"},
			},
		},
		{
			ID: SurveyPostTicketCSAT, Title: "工单后满意度调查（CSAT）", TitleEN: "Post-ticket satisfaction (CSAT)",
			Description:   "工单解决后自动发送。",
			DescriptionEN: "Sent automatically after a ticket is resolved.",
			Status:        feedback.SurveyActive,
			Questions: []*feedback.Question{
				{ID: qCSAT, Position: 1, Type: feedback.QuestionCSAT, Role: feedback.RoleCSAT, ScaleMin: 1, ScaleMax: 5, Required: true,
					Title: "您对本次服务的满意度如何？", TitleEN: "How satisfied are you with the service you received?"},
				{ID: qCSATComment, Position: 2, Type: feedback.QuestionText, LongText: true,
					Title: "意见建议", TitleEN: "Comments and suggestions"},
			},
		},
		{
			ID: SurveyEffortCES, Title: "客户费力度调查（CES）", TitleEN: "Customer effort (CES)",
			Description:   "在线客服会话结束后发送。",
			DescriptionEN: "Sent after an online chat session ends.",
			Status:        feedback.SurveyActive,
			Questions: []*feedback.Question{
				{ID: qCES, Position: 1, Type: feedback.QuestionCES, Role: feedback.RoleCES, ScaleMin: 1, ScaleMax: 7, Required: true,
					Title: "我们让您轻松地解决了问题。", TitleEN: "The company made it easy for me to handle my issue."},
				{ID: qCESComment, Position: 2, Type: feedback.QuestionText,
					Title: "还有什么可以做得更好？", TitleEN: "What could we have done better?"},
			},
		},
		{
			ID: SurveyPhoneFollowUp, Title: "电话回访", TitleEN: "Phone follow-up",
			Description:   "客服按话术电话回访客户。",
			DescriptionEN: "Agents call customers back following this script.",
			Status:        feedback.SurveyActive,
			Questions: []*feedback.Question{
				{ID: qPhoneNPS, Position: 1, Type: feedback.QuestionNPS, Role: feedback.RoleNPS, ScaleMin: 0, ScaleMax: 10, Required: true,
					Title: "您有多大可能向亲友推荐我们？", TitleEN: "How likely are you to recommend us to friends or family?"},
				{ID: qPhoneCSAT, Position: 2, Type: feedback.QuestionCSAT, Role: feedback.RoleCSAT, ScaleMin: 1, ScaleMax: 5,
					Title: "您对问题的处理结果满意吗？", TitleEN: "How satisfied are you with how your issue was handled?"},
				{ID: qPhoneSolved, Position: 3, Type: feedback.QuestionSingle,
					Title: "您的问题是否已经解决？", TitleEN: "Has your issue been resolved?",
					Options: []feedback.Option{
						{Value: "yes", Label: "已解决", LabelEN: "Resolved"},
						{Value: "partly", Label: "部分解决", LabelEN: "Partly resolved"},
						{Value: "no", Label: "未解决", LabelEN: "Not resolved"},
					}},
				{ID: qPhoneComment, Position: 4, Type: feedback.QuestionText, LongText: true,
					Title: "客户原话记录", TitleEN: "Customer's words"},
			},
		},
	}
}

// surveys yields the demo surveys, created shortly before the period.
func (r *run) surveys(yield func(any) error) error {
	for i, s := range surveyDefs() {
		s.CreatedAt = r.start.Add(-time.Duration(40-i) * 24 * time.Hour).UTC()
		s.UpdatedAt = s.CreatedAt
		for _, q := range s.Questions {
			q.SurveyID = s.ID
		}
		if err := yield(s); err != nil {
			return err
		}
	}
	return nil
}

// category is a demo ticket category with its subcategories.
type category struct {
	zh, en string
	weight float64
	subs   [][2]string // zh, en
}

// Ticket categories; keys are the Chinese names, which are unique across
// the tree, so tickets read well even without the category table.
var ticketCategories = []category{
	{"产品质量", "Product quality", 25, [][2]string{{"故障损坏", "Defect or damage"}, {"性能不达标", "Underperforms"}, {"配件缺失", "Missing parts"}}},
	{"物流配送", "Logistics", 25, [][2]string{{"延迟送达", "Late delivery"}, {"包裹破损", "Damaged parcel"}, {"错发漏发", "Wrong or missing item"}}},
	{"售后服务", "After-sales", 20, [][2]string{{"维修进度", "Repair progress"}, {"上门安装", "Installation"}, {"保修争议", "Warranty dispute"}}},
	{"账单退款", "Billing and refunds", 15, [][2]string{{"退款未到账", "Refund not received"}, {"重复扣费", "Double charge"}, {"发票问题", "Invoice issue"}}},
	{"服务态度", "Staff attitude", 15, [][2]string{{"客服态度", "Agent attitude"}, {"承诺未兑现", "Broken promise"}}},
}

// categoryDefs returns the category tree, parents before children.
func categoryDefs() []*feedback.TicketCategory {
	var out []*feedback.TicketCategory
	for i, c := range ticketCategories {
		out = append(out, &feedback.TicketCategory{Key: c.zh, Name: c.zh, NameEN: c.en, Position: i + 1})
		for j, s := range c.subs {
			out = append(out, &feedback.TicketCategory{Key: s[0], Parent: c.zh, Name: s[0], NameEN: s[1], Position: j + 1})
		}
	}
	return out
}

// categories yields the ticket category tree.
func (r *run) categories(yield func(any) error) error {
	for _, c := range categoryDefs() {
		if err := yield(c); err != nil {
			return err
		}
	}
	return nil
}
