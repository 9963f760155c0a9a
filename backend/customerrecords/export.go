package customerrecords

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"feedbackdesk/backend/export"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/fileutil"

	"github.com/xuri/excelize/v2"
)

// Formats of an export file.
const (
	FormatJSON = "json"
	FormatXLSX = "xlsx"
)

// FormatOf returns the format a file name asks for by its extension
// (.json, else xlsx).
func FormatOf(path string) string {
	if strings.HasSuffix(strings.ToLower(path), ".json") {
		return FormatJSON
	}
	return FormatXLSX
}

// Encode returns d in format ("json" or "xlsx"), with sheet names and
// headers of an xlsx in lang ("zh" or "en").
func Encode(d *Dossier, format, lang string) ([]byte, error) {
	switch format {
	case FormatJSON:
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(d); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	case FormatXLSX:
		return encodeXLSX(d, lang)
	}
	return nil, feedback.Errorf(feedback.EINVALID, "error.customer_records.format_invalid",
		"Unknown export format %q (json or xlsx).", format).WithParams(map[string]any{"format": format})
}

// WriteFile writes d to path (format by extension), atomically: a reader
// never sees half a file.
func WriteFile(d *Dossier, path, lang string) error {
	b, err := Encode(d, FormatOf(path), lang)
	if err != nil {
		return err
	}
	if err := fileutil.WriteAtomic(path, b); err != nil {
		return feedback.Errorf(feedback.EINVALID, "error.customer_records.write_failed", "Cannot write %s: %v", path, err).
			WithParams(map[string]any{"path": path})
	}
	return nil
}

// sheetDef is one sheet: its names and headers in zh and en.
type sheetDef struct {
	zh, en     string
	headZH     []string
	headEN     []string
	rows       [][]any
	firstWidth float64
}

// text makes s safe for a cell: XML-clean, inert, fitted to a cell.
func text(s, lang string) string {
	s, _ = export.FitCellLang(export.Inert(export.XLSXText(s)), lang)
	return s
}

func idOrBlank(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func encodeXLSX(d *Dossier, lang string) ([]byte, error) {
	c := d.Customer
	yes := func(b bool) string {
		if lang == "en" {
			return map[bool]string{true: "yes", false: "no"}[b]
		}
		return map[bool]string{true: "是", false: "否"}[b]
	}
	merged := ""
	if c.MergedIntoID != nil {
		merged = strconv.FormatInt(*c.MergedIntoID, 10)
	}
	from := make([]string, len(c.MergedFrom))
	for i, id := range c.MergedFrom {
		from[i] = strconv.FormatInt(id, 10)
	}
	contact := sheetDef{zh: "客户", en: "Customer", headZH: []string{"字段", "值"}, headEN: []string{"Field", "Value"}, firstWidth: 22,
		rows: [][]any{
			{"ID|ID", c.ID}, {"外部编号|External ID", c.ExternalID}, {"姓名|Name", c.Name}, {"电话|Phone", c.Phone},
			{"邮箱|Email", c.Email}, {"公司|Company", c.Company}, {"地区|Region", c.Region}, {"行业|Industry", c.Industry},
			{"获客渠道|Acquisition channel", c.Channel}, {"价值等级|Value tier", c.Tier}, {"关系类别|Relationship", c.Relationship},
			{"同意联系|Consent", yes(c.Consent)}, {"勿扰|Do not contact", yes(c.DoNotContact)},
			{"已合并到|Merged into", merged}, {"合并自|Merged from", strings.Join(from, ", ")},
			{"匿名化时间|Anonymised at", c.AnonymisedAt}, {"创建时间|Created at", c.CreatedAt}, {"更新时间|Updated at", c.UpdatedAt},
			{"导出时间|Exported at", d.ExportedAt},
		}}
	for _, r := range contact.rows {
		label := strings.SplitN(r[0].(string), "|", 2)
		if lang == "en" {
			r[0] = label[1]
		} else {
			r[0] = label[0]
		}
	}
	keys := make([]string, 0, len(c.Attributes))
	for k := range c.Attributes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	attrs := sheetDef{zh: "自定义属性", en: "Attributes", headZH: []string{"属性", "值"}, headEN: []string{"Attribute", "Value"}, firstWidth: 22}
	for _, k := range keys {
		attrs.rows = append(attrs.rows, []any{k, c.Attributes[k]})
	}
	answers := sheetDef{zh: "答卷", en: "Responses", firstWidth: 10,
		headZH: []string{"答卷 ID", "问卷", "提交时间", "来源", "渠道", "备注", "题目", "题型", "指标", "分值", "文本", "状态"},
		headEN: []string{"Response ID", "Survey", "Submitted at", "Source", "Channel", "Note", "Question", "Type", "Metric", "Score", "Text", "Status"}}
	for _, r := range d.Responses {
		for _, a := range r.Answers {
			var num any
			if a.Number != nil {
				num = *a.Number
			}
			answers.rows = append(answers.rows, []any{r.ID, r.Survey, r.SubmittedAt, r.Source, r.Channel, r.Note,
				a.Question, a.Type, a.Role, num, a.Text, a.Status})
		}
	}
	tickets := sheetDef{zh: "工单", en: "Tickets", firstWidth: 10,
		headZH: []string{"工单 ID", "标题", "描述", "分类", "优先级", "状态", "状态类别", "来源答卷", "创建时间", "更新时间"},
		headEN: []string{"Ticket ID", "Title", "Description", "Category", "Priority", "Status", "Status category", "From response", "Created at", "Updated at"}}
	events := sheetDef{zh: "工单记录", en: "Ticket events", firstWidth: 10,
		headZH: []string{"工单 ID", "时间", "类型", "操作人", "原值", "新值", "方向", "渠道", "内容"},
		headEN: []string{"Ticket ID", "At", "Kind", "Actor", "From", "To", "Direction", "Channel", "Body"}}
	for _, t := range d.Tickets {
		tickets.rows = append(tickets.rows, []any{t.ID, t.Title, t.Description, t.Category, int64(t.Priority), t.Status,
			t.StatusCategory, idOrBlank(t.ResponseID), t.CreatedAt, t.UpdatedAt})
		for _, e := range t.Events {
			events.rows = append(events.rows, []any{t.ID, e.At, e.Kind, e.Actor, e.From, e.To, e.Direction, e.Channel, e.Body})
		}
	}
	calls := sheetDef{zh: "回访", en: "Follow-up calls", firstWidth: 10,
		headZH: []string{"ID", "拨打时间", "结果", "原因", "答卷", "工单", "问卷", "约定回拨", "备注"},
		headEN: []string{"ID", "Attempt at", "Disposition", "Reason", "Response", "Ticket", "Survey", "Callback at", "Note"}}
	for _, f := range d.Calls {
		calls.rows = append(calls.rows, []any{f.ID, f.AttemptAt, f.Disposition, f.Reason, idOrBlank(f.ResponseID),
			idOrBlank(f.TicketID), idOrBlank(f.SurveyID), f.CallbackAt, f.Note})
	}
	orders := sheetDef{zh: "订单", en: "Orders", firstWidth: 10,
		headZH: []string{"ID", "订单号", "下单时间", "金额", "退款"}, headEN: []string{"ID", "Order ID", "Ordered at", "Amount", "Refund"}}
	for _, o := range d.Orders {
		orders.rows = append(orders.rows, []any{o.ID, o.ExternalID, o.OrderedAt, o.Amount, o.Refund})
	}
	merges := sheetDef{zh: "合并记录", en: "Merges", firstWidth: 10,
		headZH: []string{"ID", "保留客户", "被合并客户", "答卷", "工单", "回访", "订单", "合并时间"},
		headEN: []string{"ID", "Kept", "Merged", "Responses", "Tickets", "Calls", "Orders", "Merged at"}}
	for _, m := range d.Merges {
		merges.rows = append(merges.rows, []any{m.ID, m.KeptID, m.MergedID, int64(m.Responses), int64(m.Tickets),
			int64(m.Calls), int64(m.Orders), ts(m.MergedAt)})
	}

	f := excelize.NewFile()
	defer f.Close()
	for i, s := range []sheetDef{contact, attrs, answers, tickets, events, calls, orders, merges} {
		name, head := s.zh, s.headZH
		if lang == "en" {
			name, head = s.en, s.headEN
		}
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return nil, err
		}
		sw, err := f.NewStreamWriter(name)
		if err != nil {
			return nil, err
		}
		if err := sw.SetColWidth(1, 1, s.firstWidth); err != nil {
			return nil, err
		}
		if err := sw.SetColWidth(2, len(head), 24); err != nil {
			return nil, err
		}
		hv := make([]any, len(head))
		for j, h := range head {
			hv[j] = h
		}
		if err := sw.SetRow("A1", hv); err != nil {
			return nil, err
		}
		for r, row := range s.rows {
			vals := make([]any, len(row))
			for j, v := range row {
				switch x := v.(type) {
				case string:
					vals[j] = text(x, lang)
				case int:
					vals[j] = int64(x)
				default:
					vals[j] = x
				}
			}
			cell, _ := excelize.CoordinatesToCellName(1, r+2)
			if err := sw.SetRow(cell, vals); err != nil {
				return nil, fmt.Errorf("customer export: %w", err)
			}
		}
		if err := sw.Flush(); err != nil {
			return nil, err
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
