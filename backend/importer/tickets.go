package importer

import (
	"context"
	"slices"
	"strings"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// Ticket fields a column can fill when importing tickets (--target
// tickets); the names are a public contract. external_id, channel and the
// customer_… fields are shared with responses.
const (
	FieldTitle           = "title"
	FieldDescription     = "description"
	FieldCreatedAt       = "created_at"
	FieldFirstResponseAt = "first_response_at"
	FieldResolvedAt      = "resolved_at"
	FieldStatus          = "status"
	FieldCategory        = "category"
	FieldSubcategory     = "subcategory"
	FieldPriority        = "priority"
	FieldHandler         = "handler"
)

// TicketFields lists the ticket fields in display order.
var TicketFields = []string{FieldExternalID, FieldTitle, FieldDescription, FieldCreatedAt, FieldFirstResponseAt, FieldResolvedAt,
	FieldStatus, FieldCategory, FieldSubcategory, FieldPriority, FieldChannel, FieldHandler,
	FieldCustomerID, FieldCustomerName, FieldCustomerPhone, FieldCustomerEmail}

// isTimeField reports whether a field holds a date and time (its column's
// date order is decided from the data).
func isTimeField(f string) bool {
	switch f {
	case FieldSubmittedAt, FieldCreatedAt, FieldFirstResponseAt, FieldResolvedAt, FieldOrderedAt:
		return true
	}
	return false
}

// Tickets is the import target for complaint tickets (--target tickets).
// A row becomes one ticket whose event log is synthesised from its
// created / first response / resolved times and its final status (see
// sqlite.TicketImportEvents). Rules, decided once for every file:
//
//   - created_at and title must be mapped, and are required in every row.
//   - status is a configured status key or its Chinese or English name
//     (新建, 处理中, 待客户回复, 待第三方, 已解决, 已关闭, …). An empty or
//     unmapped status is derived from the times: resolved when resolved_at
//     is given, else open when first_response_at is given, else new.
//   - priority is P1–P4, 1–4 or 紧急/高/中/低 (urgent/high/medium/low);
//     empty is P3. channel is a channel key or its Chinese name (电话, 邮件,
//     微信, 到店, 网页, 社交媒体, 其他); empty is other.
//   - handler names a handler; one missing from the handlers table is
//     created with the batch (so a rolled-back import creates none).
//   - the customer is matched by id, phone or email, or created, as the
//     response import does.
//   - attribute columns become ticket tags "name:value"; question columns
//     are refused.
//
// Anomalies are row errors, never adjusted: ticket_response_before_created
// (first response earlier than creation), ticket_resolved_before_created,
// ticket_resolved_without_status (a resolved time on a ticket whose status
// is not resolved or closed: reopened, or a wrong status — the file does
// not say which), ticket_status_without_resolved (a resolved or closed
// status without a resolved time: the resolution time would have to be
// invented), plus ticket_status_unknown, ticket_priority_invalid,
// ticket_channel_invalid and the shared date, phone and email codes.
//
// The idempotency key is "ext:" + external_id, else a hash of created_at,
// title, description, category, subcategory, channel and the customer.
type Tickets struct {
	Store feedback.TicketImportService

	env      *Env
	imp      *feedback.TicketImport
	fields   map[string]int
	attrs    []attrCol
	statuses []feedback.TicketStatusInfo
}

// Name is "tickets".
func (t *Tickets) Name() string { return "tickets" }

// Prepare loads the configured statuses and compiles the mapping.
func (t *Tickets) Prepare(ctx context.Context, env *Env) error {
	t.env = env
	var err error
	t.fields, t.attrs, err = compileColumns(env, TicketFields, "ticket", func(name string, _ spreadsheet.Column, _ ColumnSpec) error {
		return mappingErr("question_wrong_target", "Column %q maps to a question; tickets have no questions.", name).
			WithParams(map[string]any{"column": name})
	})
	if err != nil {
		return err
	}
	for _, f := range []string{FieldCreatedAt, FieldTitle} {
		if _, ok := t.fields[f]; !ok {
			return mappingErr("ticket_field_required", "Map a column to the ticket field %s.", f).
				WithParams(map[string]any{"field": f})
		}
	}
	if t.statuses, err = t.Store.TicketStatusList(ctx); err != nil {
		return err
	}
	t.imp = &feedback.TicketImport{Signature: env.Signature,
		Batch: feedback.ImportBatch{Target: t.Name(), FileName: env.FileName, FileHash: env.FileHash, Mapping: string(env.Mapping.JSON())}}
	return nil
}

// Present reports which keys are stored as ticket row keys.
func (t *Tickets) Present(ctx context.Context, keys []string) (map[string]bool, error) {
	return t.Store.TicketKeysPresent(ctx, keys)
}

// Begin opens the import transaction.
func (t *Tickets) Begin(ctx context.Context) (Writer, error) {
	w, err := t.Store.BeginTicketImport(ctx, t.imp)
	if err != nil {
		return nil, err
	}
	return &ticketWriter{w: w}, nil
}

type ticketWriter struct{ w feedback.TicketImportWriter }

// Write stores one converted ticket with its synthesised events.
func (tw *ticketWriter) Write(ctx context.Context, rec any) (bool, error) {
	return tw.w.Write(ctx, rec.(*feedback.ImportedTicket))
}

// Commit records the batch counts and commits.
func (tw *ticketWriter) Commit(ctx context.Context, c Counts) (int64, error) {
	return tw.w.Commit(ctx, feedback.ImportBatch{Rows: c.Rows, Imported: c.Imported, Duplicates: c.Duplicates, Rejected: c.Rejected})
}

// Rollback abandons the import.
func (tw *ticketWriter) Rollback() error { return tw.w.Rollback() }

// statusOf finds the configured status a cell names: its key, Chinese or
// English name, or a common alias of a default status.
func (t *Tickets) statusOf(v string) (feedback.TicketStatusInfo, bool) {
	k := dictKey(v)
	if alias, ok := statusAliases[k]; ok {
		k = alias
	}
	for _, s := range t.statuses {
		if dictKey(s.Key) == k || dictKey(s.Name) == k || dictKey(s.NameEN) == k {
			return s, true
		}
	}
	return feedback.TicketStatusInfo{}, false
}

// firstOf returns the first configured status of category c.
func (t *Tickets) firstOf(c feedback.StatusCategory) (feedback.TicketStatusInfo, bool) {
	for _, s := range t.statuses {
		if s.Category == c {
			return s, true
		}
	}
	return feedback.TicketStatusInfo{}, false
}

// statusAliases are common spellings of the default status keys.
var statusAliases = map[string]string{
	"新": "new", "待处理": "new", "未处理": "new", "进行中": "open", "处理中": "open", "跟进中": "open", "in progress": "open",
	"待客户": "pending_customer", "等待客户": "pending_customer", "pending": "pending_customer",
	"解决": "resolved", "已完成": "resolved", "完成": "resolved", "solved": "resolved",
	"关闭": "closed", "已结案": "closed", "结案": "closed",
}

// priorityWords maps priority spellings (after dictKey) to 1–4.
var priorityWords = map[string]int{
	"p1": 1, "p2": 2, "p3": 3, "p4": 4, "1": 1, "2": 2, "3": 3, "4": 4,
	"紧急": 1, "特急": 1, "高": 2, "中": 3, "普通": 3, "一般": 3, "低": 4,
	"urgent": 1, "critical": 1, "high": 2, "medium": 3, "normal": 3, "low": 4,
}

// channelWords maps channel spellings (after dictKey) to channel keys.
var channelWords = map[string]string{
	"电话": "phone", "来电": "phone", "热线": "phone", "邮件": "email", "电子邮件": "email", "邮箱": "email", "e-mail": "email",
	"微信": "wechat", "到店": "walk_in", "门店": "walk_in", "现场": "walk_in", "walk-in": "walk_in", "walk in": "walk_in",
	"网页": "web", "网站": "web", "官网": "web", "在线": "web", "社交媒体": "social", "微博": "social", "其他": "other", "其它": "other",
}

// channelOf reads a channel cell; "" is other.
func channelOf(v string) (string, bool) {
	k := dictKey(v)
	if k == "" {
		return "other", true
	}
	if slices.Contains(feedback.TicketChannels, k) {
		return k, true
	}
	c, ok := channelWords[k]
	return c, ok
}

// priorityOf reads a priority cell; "" is P3.
func priorityOf(v string) (int, bool) {
	k := strings.ReplaceAll(dictKey(v), " ", "")
	if k == "" {
		return 3, true
	}
	p, ok := priorityWords[k]
	return p, ok
}

// tcell returns the cell of field f and its column (Index -1 when unmapped).
func (t *Tickets) tcell(row spreadsheet.Row, f string) (string, spreadsheet.Column) {
	i, ok := t.fields[f]
	if !ok {
		return "", spreadsheet.Column{Index: -1, Name: f}
	}
	return cell(row, i), t.env.Header.Columns[i]
}
