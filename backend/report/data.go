package report

import (
	"context"
	"strings"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// dataColumns are the Data sheet's columns: label key and width. Contact
// details (phone, e-mail) are left out of a report that travels upward;
// the data export has them.
var dataColumns = []struct {
	key   string
	width float64
}{
	{"data.col.id", 9}, {"data.col.survey", 26}, {"data.col.submitted", 17}, {"data.col.source", 12}, {"data.col.channel", 12},
	{"data.col.region", 10}, {"data.col.product", 16}, {"data.col.agent", 12}, {"data.col.customer", 14}, {"data.col.company", 28},
	{"data.col.tier", 14}, {"data.col.nps", 8}, {"data.col.csat", 8}, {"data.col.ces", 8}, {"data.col.comment", 60},
	{"data.col.tags", 16}, {"data.col.note", 24},
}

// progressEvery is how many Data rows pass between progress reports and
// cancellation checks.
const progressEvery = 1000

// dataLayout maps question IDs to what the Data sheet shows of them.
type dataLayout struct {
	role    map[int64]feedback.MetricRole
	text    map[int64]bool
	surveys map[int64]string
}

func newDataLayout(lang string, surveys []*feedback.Survey) *dataLayout {
	l := &dataLayout{role: map[int64]feedback.MetricRole{}, text: map[int64]bool{}, surveys: map[int64]string{}}
	for _, s := range surveys {
		l.surveys[s.ID] = s.Title
		if lang == "en" && s.TitleEN != "" {
			l.surveys[s.ID] = s.TitleEN
		}
		for _, q := range s.Questions {
			l.role[q.ID] = q.Role
			l.text[q.ID] = q.Type == feedback.QuestionText
		}
	}
	return l
}

// inSegments reports whether r is within the report's segment filters.
func inSegments(sg feedback.Segments, r *sqlite.ExportResponse) bool {
	tier := r.Tier
	if tier == "" {
		tier = "none"
	}
	return (sg.Channel == "" || sg.Channel == r.Channel) && (sg.Region == "" || sg.Region == r.Region) &&
		(sg.Product == "" || sg.Product == r.Product) && (sg.Agent == "" || sg.Agent == r.Agent) &&
		(sg.Tier == "" || sg.Tier == tier)
}

// writeData streams the period's responses (surveys and segments of the
// report) into the Data sheet: one row each, scores as numbers, texts as
// inert string cells.
func (w *workbook) writeData(ctx context.Context, db *sqlite.DB, progress func(Progress)) error {
	sh := w.l("sheet.data")
	sw, err := w.f.NewStreamWriter(sh)
	if err != nil {
		return err
	}
	header := make([]any, len(dataColumns))
	for i, c := range dataColumns {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
		header[i] = excelize.Cell{StyleID: w.st.header, Value: w.l(c.key)}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	p := w.fig.period
	start, end := p.Start, p.End
	var layout *dataLayout
	total := 0
	date := w.st.numStyle(fmtDateMin, false)
	vals := make([]any, len(dataColumns))
	err = db.ExportResponses(ctx, sqlite.ExportQuery{From: &start, To: &end, SurveyIDs: w.o.SurveyIDs},
		func(h sqlite.ExportHead) error {
			layout, total = newDataLayout(w.o.Lang, h.Surveys), h.Total
			return nil
		},
		func(r *sqlite.ExportResponse) error {
			if !inSegments(w.o.Segments, r) {
				return nil
			}
			w.fillDataRow(vals, layout, r, date)
			w.dataRows++
			if err := sw.SetRow(at(1, w.dataRows+1), vals); err != nil {
				return err
			}
			if w.dataRows%progressEvery == 0 {
				if progress != nil {
					progress(Progress{Stage: stageData, Done: w.dataRows, Total: total})
				}
				return ctx.Err()
			}
			return nil
		})
	if err != nil {
		return err
	}
	return sw.Flush()
}

// fillDataRow sets vals to r's cells.
func (w *workbook) fillDataRow(vals []any, l *dataLayout, r *sqlite.ExportResponse, date int) {
	var nps, csat, ces any
	var texts []string
	for _, a := range r.Answers {
		if l.text[a.QuestionID] && strings.TrimSpace(a.Text) != "" {
			texts = append(texts, a.Text)
			continue
		}
		if a.Status != string(feedback.AnswerValid) || a.Number == nil {
			continue
		}
		switch l.role[a.QuestionID] {
		case feedback.RoleNPS:
			if nps == nil {
				nps = *a.Number
			}
		case feedback.RoleCSAT:
			if csat == nil {
				csat = *a.Number
			}
		case feedback.RoleCES:
			if ces == nil {
				ces = *a.Number
			}
		}
	}
	text := func(s string) any {
		if s == "" {
			return nil
		}
		return w.userText(s)
	}
	vals[0] = r.ID
	vals[1] = text(l.surveys[r.SurveyID])
	vals[2] = excelize.Cell{StyleID: date, Value: wallClock(r.SubmittedAt.In(w.fig.period.Start.Location()))}
	vals[3] = nil
	if r.Source != "" {
		vals[3] = w.groupName("source", r.Source)
	}
	vals[4], vals[5], vals[6], vals[7] = nil, text(r.Region), text(r.Product), text(r.Agent)
	if r.Channel != "" {
		vals[4] = w.groupName("channel", r.Channel)
	}
	vals[8], vals[9] = text(r.CustomerName), text(r.Company)
	vals[10] = nil
	if r.Tier != "" {
		vals[10] = w.groupName("tier", r.Tier)
	}
	vals[11], vals[12], vals[13] = nps, csat, ces
	vals[14] = text(strings.Join(texts, " / "))
	vals[15] = text(strings.Join(r.Tags, ", "))
	vals[16] = text(r.Note)
}
