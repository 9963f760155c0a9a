package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// cell returns the cleaned text of column i of row ("" past its end).
func cell(row spreadsheet.Row, i int) string {
	if i < 0 || i >= len(row.Cells) {
		return ""
	}
	return spreadsheet.CleanText(row.Cells[i])
}

// Convert turns one row into a *feedback.ImportedResponse and its key.
func (t *Responses) Convert(row spreadsheet.Row) (any, string, []RowError) {
	var errs []RowError
	field := func(f string) (string, spreadsheet.Column) {
		i, ok := t.fields[f]
		if !ok {
			return "", spreadsheet.Column{Index: -1}
		}
		return cell(row, i), t.env.Header.Columns[i]
	}
	r := &feedback.Response{Source: feedback.SourceImport}
	r.ExternalID, _ = field(FieldExternalID)
	r.Channel, _ = field(FieldChannel)
	r.Region, _ = field(FieldRegion)
	r.Product, _ = field(FieldProduct)
	r.Agent, _ = field(FieldAgent)

	when, wcol := field(FieldSubmittedAt)
	if when == "" {
		errs = append(errs, colErr(row.Number, wcol, "required_missing", "The submission time is empty."))
	} else if ts, err := t.parseTime(when, wcol); err != nil {
		errs = append(errs, *err)
		errs[len(errs)-1].Row = row.Number
	} else {
		r.SubmittedAt = ts.UTC()
	}

	var cust *feedback.Customer
	c, cerrs := identityOf(row, field)
	errs = append(errs, cerrs...)
	if c.Name, _ = field(FieldCustomerName); c.ExternalID != "" || c.Name != "" || c.Phone != "" || c.Email != "" {
		cust = c
	}

	for i, qc := range t.qcols {
		raw := cell(row, qc.col.Index)
		a, code, msg := t.answer(raw, qc)
		if code != "" {
			errs = append(errs, rowErr(row.Number, qc.col.Name, code, msg, map[string]any{"value": raw, "question": qc.q.Title,
				"min": qc.q.ScaleMin, "max": qc.q.ScaleMax}))
			continue
		}
		if a == nil {
			if qc.q.Required {
				errs = append(errs, rowErr(row.Number, qc.col.Name, "required_missing",
					fmt.Sprintf("%q must be answered.", qc.q.Title), map[string]any{"question": qc.q.Title}))
			}
			continue
		}
		a.QuestionID = int64(-(i + 1))
		r.Answers = append(r.Answers, a)
	}
	for _, ac := range t.attrs {
		if v := cell(row, ac.col.Index); v != "" {
			r.Tags = append(r.Tags, ac.name+":"+v)
		}
	}
	if len(errs) > 0 {
		return nil, "", errs
	}
	r.RowKey = t.rowKey(r, cust)
	return &feedback.ImportedResponse{Response: r, Customer: cust}, r.RowKey, nil
}

// answer converts a cell for one question column.
func (t *Responses) answer(raw string, qc questionCol) (*feedback.Answer, string, string) {
	q := qc.q
	if q.Type.Numeric() {
		return ParseAnswer(raw, q, qc.dict)
	}
	if raw == "" {
		return nil, "", ""
	}
	if q.Type == feedback.QuestionText {
		if len([]rune(raw)) > 20000 {
			return nil, "text_too_long", fmt.Sprintf("The text of %q is longer than 20,000 characters.", q.Title)
		}
		return &feedback.Answer{Text: raw, Status: feedback.AnswerValid}, "", ""
	}
	if seen, ok := t.choices[q]; ok { // a new choice question collects its options
		values := []string{raw}
		if q.Type == feedback.QuestionMulti {
			values = nil
			for _, p := range strings.Split(choiceSeparators.Replace(raw), "\n") {
				if p = spreadsheet.CleanText(p); p != "" {
					values = append(values, p)
				}
			}
		}
		for _, v := range values {
			if !seen[v] && len(seen) >= maxNewOptions {
				return nil, "too_many_options", fmt.Sprintf("%q has more than %d different answers; map it as text.", q.Title, maxNewOptions)
			}
			seen[v] = true
		}
		return &feedback.Answer{Text: strings.Join(values, "\n"), Status: feedback.AnswerValid}, "", ""
	}
	values, unknown := ParseChoices(raw, q)
	if unknown != "" {
		return nil, "unknown_option", fmt.Sprintf("%q is not an option of %q.", unknown, q.Title)
	}
	if len(values) == 0 {
		return nil, "", ""
	}
	if q.Type == feedback.QuestionSingle && len(values) > 1 {
		return nil, "single_choice", fmt.Sprintf("%q takes one choice.", q.Title)
	}
	a := &feedback.Answer{Text: strings.Join(values, "\n"), Status: feedback.AnswerValid}
	if a.Text != raw {
		a.Raw = raw
	}
	return a, "", ""
}

// parseTime reads a submission time: an xlsx date serial, or text in the
// column's date order, naive times in the mapping's zone.
func (t *Responses) parseTime(s string, col spreadsheet.Column) (time.Time, *RowError) {
	return parseCellTime(t.env, s, col)
}

// parseCellTime reads a time cell of env's file: an xlsx date serial, or
// text in the column's date order, naive times in the mapping's zone.
func parseCellTime(env *Env, s string, col spreadsheet.Column) (time.Time, *RowError) {
	if f, err := strconv.ParseFloat(s, 64); err == nil && (env.XLSX || strings.Contains(s, ".") || f >= 10000) && !math.IsNaN(f) {
		ts, err := spreadsheet.ExcelSerialToTime(f, env.Date1904, env.Loc)
		if err == nil {
			return ts, nil
		}
	}
	ts, err := spreadsheet.ParseDateTime(s, env.DateOrders[col.Name], env.Loc)
	if err != nil {
		code := "date_invalid"
		msg := fmt.Sprintf("%q is not a date and time.", s)
		if fe, ok := err.(*feedback.Error); ok && fe.Key == "error.value.date_ambiguous" {
			code = "date_ambiguous"
			msg = fmt.Sprintf("%q can be read as day/month or month/day; choose the date order.", s)
		}
		e := rowErr(0, col.Name, code, msg, map[string]any{"value": s})
		return time.Time{}, &e
	}
	return ts, nil
}

// rowKey is the idempotency key: "ext:" + the external id, else a hash of
// the customer's identity, the submission time and the answers by
// question title — independent of database IDs, so a dry run can predict
// duplicates and a re-import finds them.
func (t *Responses) rowKey(r *feedback.Response, c *feedback.Customer) string {
	if r.ExternalID != "" {
		return "ext:" + r.ExternalID
	}
	h := sha256.New()
	if c != nil {
		fmt.Fprintf(h, "%s|%s|%s|%s", c.ExternalID, c.Name, c.Phone, c.Email)
	}
	fmt.Fprintf(h, "|%s", r.SubmittedAt.UTC().Format(time.RFC3339Nano))
	for _, a := range r.Answers {
		n := "-"
		if a.Number != nil {
			n = strconv.FormatFloat(*a.Number, 'g', -1, 64)
		}
		fmt.Fprintf(h, "|%s:%s:%s:%q", t.qcols[-a.QuestionID-1].q.Title, a.Status, n, a.Text)
	}
	return "h:" + hex.EncodeToString(h.Sum(nil))[:32]
}

func sortOptions(o []feedback.Option) {
	sort.Slice(o, func(i, j int) bool { return o[i].Value < o[j].Value })
}
