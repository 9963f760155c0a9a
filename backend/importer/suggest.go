package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"feedbackdesk/backend/spreadsheet"
)

// Suggestion proposes a target for one column: "field:<name>",
// "question:<type>", "attribute" or "ignore", with a confidence in [0, 1]
// and the reason in English.
type Suggestion struct {
	Column     string  `json:"column"`
	Target     string  `json:"target"`
	Confidence float64 `json:"confidence"`
	Reason     string  `json:"reason"`
}

// headerRule maps header words (compared lower-cased, width-folded) to a target.
type headerRule struct {
	words  []string
	target string
	conf   float64
}

// headerRules are tried in order; the first rule with a matching word wins,
// so specific phrases come before general ones.
var headerRules = []headerRule{
	{[]string{"客户编号", "客户id", "会员号", "customer id", "customer_id", "customer no", "client id"}, "field:customer_id", 0.9},
	{[]string{"推荐意愿", "推荐", "how likely", "recommend", "nps", "向朋友"}, "question:nps", 0.9},
	{[]string{"费力", "容易", "省力", "effort", "ces", "easy"}, "question:ces", 0.8},
	{[]string{"满意度", "满意", "satisfaction", "satisfied", "csat"}, "question:csat", 0.85},
	{[]string{"提交时间", "答题时间", "填写时间", "提交日期", "submitted", "submit time", "timestamp", "response date"}, "field:submitted_at", 0.95},
	{[]string{"手机", "电话", "联系方式", "phone", "mobile", "tel"}, "field:customer_phone", 0.9},
	{[]string{"邮箱", "电子邮件", "email", "e-mail", "mail"}, "field:customer_email", 0.9},
	{[]string{"客服", "坐席", "工号", "处理人", "agent", "handler", "staff", "representative"}, "field:agent", 0.85},
	{[]string{"姓名", "客户名", "联系人", "名字", "name"}, "field:customer_name", 0.85},
	{[]string{"渠道", "来源", "channel", "source"}, "field:channel", 0.85},
	{[]string{"地区", "区域", "省份", "城市", "region", "city", "area", "province"}, "field:region", 0.85},
	{[]string{"产品", "商品", "product", "sku", "item"}, "field:product", 0.85},
	{[]string{"意见", "建议", "评论", "备注", "原因", "comment", "feedback", "suggestion", "why", "remark"}, "question:text", 0.8},
	{[]string{"评分", "打分", "分数", "score", "rating"}, "question:rating", 0.6},
	{[]string{"时间", "日期", "date", "time", "created"}, "field:submitted_at", 0.7},
	{[]string{"序号", "行号", "no.", "#"}, "ignore", 0.6}, // a row counter restarts in every export: not an id
	{[]string{"答卷编号", "答卷id", "编号", "response id", "id"}, "field:external_id", 0.7},
}

var reMobileCN = regexp.MustCompile(`^(\+?86)?1[3-9]\d{9}$`)

// Suggest proposes a target for every column from its header text and the
// sample values seen (samples[i] are the non-empty values of column i).
func Suggest(h *spreadsheet.Header, samples [][]string) []Suggestion {
	out := make([]Suggestion, 0, len(h.Columns))
	taken := map[string]bool{}
	for _, c := range h.Columns {
		var vals []string
		if c.Index < len(samples) {
			vals = samples[c.Index]
		}
		s := suggestColumn(c, vals)
		if strings.HasPrefix(s.Target, "field:") {
			if taken[s.Target] { // each field once: later columns become attributes
				s = Suggestion{Column: c.Name, Target: "attribute", Confidence: 0.3, Reason: "same field as an earlier column"}
			}
			taken[s.Target] = true
		}
		out = append(out, s)
	}
	return out
}

func suggestColumn(c spreadsheet.Column, vals []string) Suggestion {
	name := strings.ToLower(spreadsheet.NormalizeValue(c.Name))
	profile := profileValues(vals)
	if !c.Generated {
		for _, r := range headerRules {
			for _, w := range r.words {
				if !containsWord(name, w) {
					continue
				}
				s := Suggestion{Column: c.Name, Target: r.target, Confidence: r.conf, Reason: fmt.Sprintf("header contains %q", w)}
				switch {
				case r.target == "question:nps" && profile.ints0to10:
					s.Confidence, s.Reason = min(1, s.Confidence+0.08), s.Reason+" and values are 0–10 integers"
				case r.target == "question:csat" && profile.words > profile.n/2:
					s.Reason += " and values are satisfaction labels"
				case r.target == "field:submitted_at" && profile.dates > profile.n/2:
					s.Confidence, s.Reason = min(1, s.Confidence+0.04), s.Reason+" and values are dates"
				case r.target == "field:customer_phone" && profile.phones > profile.n/2:
					s.Confidence, s.Reason = min(1, s.Confidence+0.05), s.Reason+" and values are phone numbers"
				}
				return s
			}
		}
	}
	switch {
	case profile.n == 0:
		return Suggestion{Column: c.Name, Target: "ignore", Confidence: 0.5, Reason: "column is empty"}
	case profile.phones*10 >= profile.n*9:
		return Suggestion{Column: c.Name, Target: "field:customer_phone", Confidence: 0.6, Reason: "values are mobile numbers"}
	case profile.dates*10 >= profile.n*9:
		return Suggestion{Column: c.Name, Target: "field:submitted_at", Confidence: 0.5, Reason: "values are dates"}
	case profile.ints0to10 && profile.max > 7:
		return Suggestion{Column: c.Name, Target: "question:nps", Confidence: 0.5, Reason: "values are 0–10 integers"}
	case profile.ints && profile.minV >= 1 && profile.max <= 5:
		return Suggestion{Column: c.Name, Target: "question:csat", Confidence: 0.45, Reason: "values are 1–5 integers"}
	case profile.ints && profile.minV >= 1 && profile.max <= 7:
		return Suggestion{Column: c.Name, Target: "question:ces", Confidence: 0.35, Reason: "values are 1–7 integers"}
	case profile.words > profile.n/2:
		return Suggestion{Column: c.Name, Target: "question:csat", Confidence: 0.5, Reason: "values are satisfaction labels"}
	case profile.longText:
		return Suggestion{Column: c.Name, Target: "question:text", Confidence: 0.4, Reason: "values are free text"}
	}
	return Suggestion{Column: c.Name, Target: "attribute", Confidence: 0.3, Reason: "no rule matched; kept as an attribute"}
}

// containsWord matches w in a header: Chinese words as substrings, short
// Latin words ("id", "tel", "nps") only as whole words.
func containsWord(name, w string) bool {
	if w[0] >= 0x80 || len(w) > 4 {
		return strings.Contains(name, w)
	}
	for _, f := range strings.FieldsFunc(name, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_')
	}) {
		if f == w {
			return true
		}
	}
	return false
}

type valueProfile struct {
	n, dates, phones, words   int
	ints, ints0to10, longText bool
	minV, max                 int
}

func profileValues(vals []string) valueProfile {
	p := valueProfile{n: len(vals), ints: len(vals) > 0, minV: 1 << 30, max: -1 << 30}
	intCount, long := 0, 0
	for _, v := range vals {
		v = spreadsheet.NormalizeValue(v)
		v = strings.TrimSuffix(v, "分")
		if n, err := strconv.Atoi(v); err == nil {
			intCount++
			p.minV, p.max = min(p.minV, n), max(p.max, n)
		}
		if _, err := spreadsheet.ParseDateTime(v, spreadsheet.DateAuto, nil); err == nil {
			p.dates++
		} else if f, err := strconv.ParseFloat(v, 64); err == nil && f > 20000 && f < 80000 && strings.Contains(v, ".") {
			p.dates++ // an xlsx date-time serial
		}
		if reMobileCN.MatchString(strings.NewReplacer("-", "", " ", "").Replace(v)) {
			p.phones++
		}
		if _, ok := DefaultSatisfaction[strings.ToLower(v)]; ok {
			p.words++
		}
		if len([]rune(v)) > 15 {
			long++
		}
	}
	// a few non-numeric answers ("N/A", "6.5") do not spoil a score column
	p.ints = p.n > 0 && intCount*10 >= p.n*9
	p.ints0to10 = p.ints && p.minV >= 0 && p.max <= 10
	p.longText = p.n > 0 && long*3 >= p.n
	return p
}

// SuggestMapping builds a mapping from suggestions: fields and questions
// above minConfidence are mapped, attributes are kept under the column
// name, the rest ignored. Questions are titled after their column.
func SuggestMapping(sugs []Suggestion, minConfidence float64) *Mapping {
	m := &Mapping{HeaderRow: 0, Timezone: DefaultTimezone, DateOrder: "auto", Columns: map[string]ColumnSpec{}}
	for _, s := range sugs {
		kind, arg, _ := strings.Cut(s.Target, ":")
		switch {
		case s.Confidence < minConfidence || kind == "ignore":
			m.Columns[s.Column] = ColumnSpec{Ignore: true}
		case kind == "field":
			m.Columns[s.Column] = ColumnSpec{Field: arg}
		case kind == "question":
			spec := ColumnSpec{Question: s.Column, Type: arg}
			switch arg {
			case "nps":
				spec.Scale, spec.Metric = []int{0, 10}, "nps"
			case "csat":
				spec.Scale, spec.Metric = []int{1, 5}, "csat"
			case "ces":
				spec.Scale, spec.Metric = []int{1, 7}, "ces"
			case "rating":
				spec.Scale = []int{1, 5}
			}
			m.Columns[s.Column] = spec
		case kind == "attribute":
			m.Columns[s.Column] = ColumnSpec{Attribute: s.Column}
		}
	}
	return m
}
