package feedback

import "strings"

// QuestionType is the kind of answer a question collects.
type QuestionType string

// Question types.
const (
	QuestionNPS    QuestionType = "nps"    // 0–10 likelihood to recommend
	QuestionCSAT   QuestionType = "csat"   // satisfaction on a 1–3/1–5/1–7/1–10 scale
	QuestionCES    QuestionType = "ces"    // 1–7 ease agreement
	QuestionRating QuestionType = "rating" // any numeric scale without a metric meaning
	QuestionSingle QuestionType = "single" // one of Options
	QuestionMulti  QuestionType = "multi"  // any of Options
	QuestionText   QuestionType = "text"   // short or long free text
)

// Valid reports whether t is a known question type.
func (t QuestionType) Valid() bool {
	switch t {
	case QuestionNPS, QuestionCSAT, QuestionCES, QuestionRating, QuestionSingle, QuestionMulti, QuestionText:
		return true
	}
	return false
}

// Numeric reports whether answers of this type are numbers on a scale.
func (t QuestionType) Numeric() bool {
	return t == QuestionNPS || t == QuestionCSAT || t == QuestionCES || t == QuestionRating
}

// MetricRole says which headline metric a question feeds. Only questions
// whose role is NPS feed NPS — never "every 0–10 question".
type MetricRole string

// Metric roles.
const (
	RoleNone MetricRole = ""
	RoleNPS  MetricRole = "nps"
	RoleCSAT MetricRole = "csat"
	RoleCES  MetricRole = "ces"
)

// Valid reports whether r is a known role.
func (r MetricRole) Valid() bool {
	return r == RoleNone || r == RoleNPS || r == RoleCSAT || r == RoleCES
}

// Question is one item of a survey.
type Question struct {
	ID       int64
	SurveyID int64
	Position int
	Type     QuestionType
	Title    string
	TitleEN  string
	Required bool
	Role     MetricRole
	ScaleMin int // numeric types only
	ScaleMax int
	// Inverted marks a legacy CES scale where a higher number meant more
	// effort; answers are flipped when metrics are computed.
	Inverted bool
	Options  []Option // single and multiple choice
	LongText bool     // text questions: multi-line entry
}

// Option is a choice of a single or multiple choice question.
type Option struct {
	Value   string `json:"value"`
	Label   string `json:"label"`
	LabelEN string `json:"labelEn,omitempty"`
}

// CSATScales are the rating scales CSAT accepts, as [min, max].
var CSATScales = [][2]int{{1, 3}, {1, 5}, {1, 7}, {1, 10}}

// Validate checks that the question's type, role and scale agree.
func (q *Question) Validate() error {
	if strings.TrimSpace(q.Title) == "" && strings.TrimSpace(q.TitleEN) == "" {
		return Errorf(EINVALID, "error.question.title_required", "Every question needs a title.")
	}
	if !q.Type.Valid() {
		return Errorf(EINVALID, "error.question.type_invalid", "Unknown question type %q.", q.Type)
	}
	if !q.Role.Valid() {
		return Errorf(EINVALID, "error.question.role_invalid", "Unknown metric role %q.", q.Role)
	}
	switch q.Type {
	case QuestionNPS:
		if q.ScaleMin != 0 || q.ScaleMax != 10 {
			return Errorf(EINVALID, "error.question.nps_scale", "An NPS question is always scored 0–10.")
		}
	case QuestionCSAT:
		ok := false
		for _, s := range CSATScales {
			ok = ok || (q.ScaleMin == s[0] && q.ScaleMax == s[1])
		}
		if !ok {
			return Errorf(EINVALID, "error.question.csat_scale", "A CSAT question uses a 1–3, 1–5, 1–7 or 1–10 scale.")
		}
	case QuestionCES:
		if q.ScaleMin != 1 || q.ScaleMax != 7 {
			return Errorf(EINVALID, "error.question.ces_scale", "A CES question is always scored 1–7.")
		}
	case QuestionRating:
		if q.ScaleMin >= q.ScaleMax || q.ScaleMin < 0 || q.ScaleMax > 100 {
			return Errorf(EINVALID, "error.question.rating_scale", "A rating scale needs a minimum below its maximum, within 0–100.")
		}
	case QuestionSingle, QuestionMulti:
		if len(q.Options) < 2 {
			return Errorf(EINVALID, "error.question.options_required", "A choice question needs at least two options.")
		}
	}
	// The role must fit the type: NPS items feed NPS, CSAT items feed CSAT…
	if q.Role != RoleNone && string(q.Role) != string(q.Type) {
		return Errorf(EINVALID, "error.question.role_mismatch", "A %s question cannot feed the %s metric.", q.Type, q.Role)
	}
	return nil
}
