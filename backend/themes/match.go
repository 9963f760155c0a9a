package themes

import (
	"strings"
	"unicode/utf8"
)

// rule is one compiled keyword.
type rule struct {
	text   string // normalised, without the "*"
	prefix bool   // Latin prefix rule ("refund*")
	latin  bool   // whole-word matching applies
}

// Matcher matches texts against a compiled codebook. It is safe for
// concurrent use.
type Matcher struct {
	keys     []string
	keywords [][]rule
	excludes [][]rule
}

// Compile prepares a validated codebook for matching.
func Compile(cb Codebook) (*Matcher, error) {
	if err := cb.Validate(); err != nil {
		return nil, err
	}
	m := &Matcher{}
	for _, t := range cb {
		m.keys = append(m.keys, strings.TrimSpace(t.Key))
		m.keywords = append(m.keywords, compileRules(t.Keywords))
		m.excludes = append(m.excludes, compileRules(t.Exclude))
	}
	return m, nil
}

func compileRules(ss []string) []rule {
	out := make([]rule, 0, len(ss))
	for _, s := range ss {
		n := Normalize(s)
		r := rule{text: strings.TrimSuffix(n, "*"), prefix: strings.HasSuffix(n, "*")}
		first, _ := utf8.DecodeRuneInString(r.text)
		last, _ := utf8.DecodeLastRuneInString(r.text)
		r.latin = isWordRune(first) || isWordRune(last)
		out = append(out, r)
	}
	return out
}

// Match returns the keys of the themes the text mentions, in codebook
// order.
func (m *Matcher) Match(text string) []string {
	n := Normalize(text)
	if n == "" {
		return nil
	}
	var out []string
	for i, key := range m.keys {
		if anyRule(n, m.keywords[i]) && !anyRule(n, m.excludes[i]) {
			out = append(out, key)
		}
	}
	return out
}

func anyRule(n string, rs []rule) bool {
	for _, r := range rs {
		if r.matches(n) {
			return true
		}
	}
	return false
}

// matches reports whether normalised text n contains the rule: anywhere
// for Chinese, at word boundaries for Latin (the end boundary is not
// required for a prefix rule).
func (r rule) matches(n string) bool {
	if !r.latin {
		return strings.Contains(n, r.text)
	}
	for from := 0; ; {
		i := strings.Index(n[from:], r.text)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(r.text)
		before, _ := utf8.DecodeLastRuneInString(n[:start])
		after, _ := utf8.DecodeRuneInString(n[end:])
		if (start == 0 || !isWordRune(before)) && (r.prefix || end == len(n) || !isWordRune(after)) {
			return true
		}
		from = start + 1
	}
}
