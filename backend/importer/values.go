package importer

import (
	"fmt"
	"strings"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/spreadsheet"
)

// DefaultSatisfaction is the dictionary applied to 1–5 CSAT and rating
// questions unless the mapping gives its own: the usual Chinese and
// English satisfaction labels.
var DefaultSatisfaction = map[string]float64{
	"非常满意": 5, "满意": 4, "一般": 3, "不满意": 2, "非常不满意": 1,
	"很满意": 5, "比较满意": 4, "比较不满意": 2, "很不满意": 1,
	"very satisfied": 5, "satisfied": 4, "neutral": 3, "dissatisfied": 2, "very dissatisfied": 1,
}

// DefaultYesNo maps yes/no spellings to the option values "yes" and "no"
// of choice questions.
var DefaultYesNo = map[string]string{
	"是": "yes", "否": "no", "yes": "yes", "no": "no", "y": "yes", "n": "no", "有": "yes", "没有": "no", "true": "yes", "false": "no",
}

// dictKey normalises a dictionary entry or a cell for lookup: width
// folded, trimmed, lower-cased.
func dictKey(s string) string { return strings.ToLower(spreadsheet.NormalizeValue(s)) }

// Dictionary maps cell texts to scores for one question; lookups ignore
// case, width and surrounding space.
type Dictionary map[string]float64

// NewDictionary builds the dictionary of a question: the defaults for its
// type and scale, overridden by the mapping's entries.
func NewDictionary(q *feedback.Question, custom map[string]float64) Dictionary {
	d := Dictionary{}
	if (q.Type == feedback.QuestionCSAT || q.Type == feedback.QuestionRating) && q.ScaleMin == 1 && q.ScaleMax == 5 {
		for k, v := range DefaultSatisfaction {
			d[dictKey(k)] = v
		}
	}
	for k, v := range custom {
		d[dictKey(k)] = v
	}
	return d
}

// ParseAnswer reads a cell for a numeric question: the dictionary first,
// then metrics.ParseScore ("10分", full-width digits, "N/A"). It returns
// the answer (nil for an empty cell) or a row error code and message.
func ParseAnswer(raw string, q *feedback.Question, dict Dictionary) (*feedback.Answer, string, string) {
	cell := strings.TrimSpace(raw)
	if cell == "" {
		return nil, "", ""
	}
	if v, ok := dict[dictKey(cell)]; ok {
		p := metrics.CheckNumber(v, q.ScaleMin, q.ScaleMax)
		if !p.Valid() {
			return nil, scoreCode(q, p.Reason), scoreMessage(q, cell, p.Reason)
		}
		n := float64(p.Value)
		return &feedback.Answer{Number: &n, Status: feedback.AnswerValid, Raw: cell}, "", ""
	}
	p := metrics.ParseScore(cell, q.ScaleMin, q.ScaleMax)
	switch p.Status {
	case feedback.AnswerSkipped:
		return &feedback.Answer{Status: feedback.AnswerSkipped, Raw: cell}, "", ""
	case feedback.AnswerInvalid:
		return nil, scoreCode(q, p.Reason), scoreMessage(q, cell, p.Reason)
	}
	n := float64(p.Value)
	a := &feedback.Answer{Number: &n, Status: feedback.AnswerValid}
	if p.Note != "" {
		a.Raw = cell
	}
	return a, "", ""
}

// scoreCode names a score error: nps_not_integer, nps_out_of_range,
// nps_not_a_number for NPS items; score_… for the other numeric types.
func scoreCode(q *feedback.Question, reason string) string {
	prefix := "score_"
	if q.Type == feedback.QuestionNPS {
		prefix = "nps_"
	}
	switch reason {
	case metrics.ReasonNotInteger:
		return prefix + "not_integer"
	case metrics.ReasonOutOfRange:
		return prefix + "out_of_range"
	}
	return prefix + "not_a_number"
}

func scoreMessage(q *feedback.Question, cell, reason string) string {
	switch reason {
	case metrics.ReasonNotInteger:
		return fmt.Sprintf("%q is not a whole number; %s takes whole numbers %d–%d.", cell, q.Title, q.ScaleMin, q.ScaleMax)
	case metrics.ReasonOutOfRange:
		return fmt.Sprintf("%q is outside %d–%d.", cell, q.ScaleMin, q.ScaleMax)
	}
	return fmt.Sprintf("%q is not a score (%d–%d).", cell, q.ScaleMin, q.ScaleMax)
}

// choiceSeparators split the cell of a multiple choice question.
var choiceSeparators = strings.NewReplacer(";", "\n", "；", "\n", "、", "\n", "|", "\n", ",", "\n", "，", "\n")

// ParseChoices reads a choice cell into option values: each part is
// matched to an option value or label (zh or en, width and case ignored),
// then yes/no spellings. Unknown parts are returned in unknown.
func ParseChoices(raw string, q *feedback.Question) (values []string, unknown string) {
	parts := []string{raw}
	if q.Type == feedback.QuestionMulti {
		parts = strings.Split(choiceSeparators.Replace(raw), "\n")
	}
	for _, p := range parts {
		p = spreadsheet.CleanText(p)
		if p == "" {
			continue
		}
		v, ok := matchOption(p, q.Options)
		if !ok {
			return nil, p
		}
		values = append(values, v)
	}
	return values, ""
}

func matchOption(p string, opts []feedback.Option) (string, bool) {
	k := dictKey(p)
	for _, o := range opts {
		if dictKey(o.Value) == k || dictKey(o.Label) == k || (o.LabelEN != "" && dictKey(o.LabelEN) == k) {
			return o.Value, true
		}
	}
	if yn, ok := DefaultYesNo[k]; ok {
		for _, o := range opts {
			if dictKey(o.Value) == yn {
				return o.Value, true
			}
		}
	}
	return "", false
}
