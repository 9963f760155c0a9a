package themes

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Phrase is a frequent phrase of a set of texts.
type Phrase struct {
	Text string `json:"text"`
	// Count is how many texts contain it (document frequency).
	Count int `json:"count"`
	// Themes are the codebook themes the phrase itself matches; empty for
	// a phrase no theme covers yet — a candidate for a new theme or rule.
	Themes []string `json:"themes"`
}

// PhraseOptions bound phrase discovery.
type PhraseOptions struct {
	// MinCount drops phrases found in fewer texts (default 3).
	MinCount int
	// Top keeps the most frequent phrases (default 50).
	Top int
	// Matcher, when set, fills Phrase.Themes.
	Matcher *Matcher
}

// Chinese n-gram lengths and Latin word n-gram lengths.
const (
	minHan, maxHan   = 2, 6
	minWord, maxWord = 1, 3
	maxTextRunes     = 2000 // longer texts are read up to here
)

// hanStop are characters a Chinese phrase neither starts nor ends with.
var hanStop = map[rune]bool{'的': true, '了': true, '是': true, '我': true, '你': true, '他': true, '她': true, '们': true,
	'很': true, '都': true, '也': true, '就': true, '在': true, '和': true, '与': true, '吗': true, '呢': true, '吧': true,
	'啊': true, '呀': true, '这': true, '那': true, '个': true, '还': true, '又': true, '把': true, '被': true, '给': true,
	'着': true, '过': true, '得': true, '地': true, '对': true, '有': true}

// wordStop are words a Latin phrase neither starts nor ends with.
var wordStop = map[string]bool{"the": true, "a": true, "an": true, "and": true, "or": true, "to": true, "of": true,
	"in": true, "on": true, "for": true, "is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
	"it": true, "its": true, "this": true, "that": true, "i": true, "we": true, "you": true, "my": true, "our": true,
	"your": true, "with": true, "at": true, "as": true, "but": true, "so": true, "very": true, "have": true,
	"has": true, "had": true, "me": true, "they": true, "them": true, "he": true, "she": true, "his": true,
	"her": true, "by": true, "from": true, "all": true, "just": true, "there": true, "their": true, "if": true}

// grams returns the distinct phrases of one text.
func grams(text string, into map[string]struct{}) {
	n := Normalize(text)
	if utf8.RuneCountInString(n) > maxTextRunes {
		n = string([]rune(n)[:maxTextRunes])
	}
	var han []rune
	var words []string
	var word strings.Builder
	flushWord := func() {
		if word.Len() > 0 {
			words = append(words, word.String())
			word.Reset()
		}
	}
	flushHan := func() {
		for size := minHan; size <= maxHan; size++ {
			for i := 0; i+size <= len(han); i++ {
				g := han[i : i+size]
				if !hanStop[g[0]] && !hanStop[g[size-1]] {
					into[string(g)] = struct{}{}
				}
			}
		}
		han = han[:0]
	}
	flushWords := func() {
		flushWord()
		for size := minWord; size <= maxWord; size++ {
			for i := 0; i+size <= len(words); i++ {
				g := words[i : i+size]
				if !wordStop[g[0]] && !wordStop[g[size-1]] && (size > 1 || utf8.RuneCountInString(g[0]) > 2) {
					into[strings.Join(g, " ")] = struct{}{}
				}
			}
		}
		words = words[:0]
	}
	for _, r := range n {
		switch {
		case isHan(r):
			flushWords()
			han = append(han, r)
		case isWordRune(r):
			flushHan()
			word.WriteRune(r)
		case r == ' ' || r == '\'' || r == '-':
			flushHan()
			flushWord() // a space separates words of one phrase
		default: // punctuation ends every phrase
			flushHan()
			flushWords()
		}
	}
	flushHan()
	flushWords()
}

// joinWindows joins Chinese phrases that are consecutive windows of a
// longer phrase ("一次就帮我解" + "次就帮我解决" → "一次就帮我解决") when the
// joined phrase is found in as many texts, so discovery shows phrases, not
// fragments of one. The result keeps the frequency order.
func joinWindows(ps []Phrase, texts []string) []Phrase {
	han := func(s string) bool {
		for _, r := range s {
			if !isHan(r) {
				return false
			}
		}
		return s != ""
	}
	count := func(s string) int {
		n := 0
		for _, t := range texts {
			if strings.Contains(t, s) {
				n++
			}
		}
		return n
	}
	for joined := true; joined; {
		joined = false
		for i := 0; i < len(ps) && !joined; i++ {
			for j := 0; j < len(ps) && !joined; j++ {
				a, b := []rune(ps[i].Text), []rune(ps[j].Text)
				k := min(len(a), len(b)) - 1 // the windows overlap in all but one character
				if i == j || ps[i].Count != ps[j].Count || k < 1 || !han(ps[i].Text) || !han(ps[j].Text) ||
					string(a[len(a)-k:]) != string(b[:k]) {
					continue
				}
				whole := string(a) + string(b[k:])
				if count(whole) != ps[i].Count {
					continue
				}
				ps[i].Text = whole
				ps = append(ps[:j], ps[j+1:]...)
				joined = true
			}
		}
	}
	// A phrase inside a joined one found in as many texts says nothing more.
	out := make([]Phrase, 0, len(ps))
	for i, p := range ps {
		if !slices.ContainsFunc(ps, func(q Phrase) bool { return q.Text != p.Text && q.Count == p.Count && strings.Contains(q.Text, p.Text) }) {
			out = append(out, ps[i])
		}
	}
	return out
}

// parts returns the shorter phrases inside phrase g: its substrings of two
// characters or more (Chinese), or its contiguous shorter word runs (Latin).
func parts(g string) []string {
	var out []string
	if strings.Contains(g, " ") {
		w := strings.Split(g, " ")
		for size := 1; size < len(w); size++ {
			for i := 0; i+size <= len(w); i++ {
				out = append(out, strings.Join(w[i:i+size], " "))
			}
		}
		return out
	}
	r := []rune(g)
	for size := minHan; size < len(r); size++ {
		for i := 0; i+size <= len(r); i++ {
			out = append(out, string(r[i:i+size]))
		}
	}
	return out
}

// Phrases returns the frequent phrases of texts, most frequent first:
// Chinese character n-grams of 2–6 and Latin word n-grams of 1–3 (single
// words of three letters or more), neither starting nor ending with a
// function word. A phrase contained in a longer phrase found in as many
// texts is dropped: "快递太" goes when "快递太慢" is as frequent.
func Phrases(texts []string, o PhraseOptions) []Phrase {
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.Top <= 0 {
		o.Top = 50
	}
	counts := map[string]int{}
	one := map[string]struct{}{}
	norm := make([]string, len(texts))
	for i, t := range texts {
		norm[i] = Normalize(t)
		clear(one)
		grams(t, one)
		for g := range one {
			counts[g]++
		}
	}
	dropped := map[string]bool{}
	for g, c := range counts {
		if c < o.MinCount {
			continue
		}
		for _, sub := range parts(g) {
			if counts[sub] == c {
				dropped[sub] = true
			}
		}
	}
	var out []Phrase
	for g, c := range counts {
		if c >= o.MinCount && !dropped[g] {
			out = append(out, Phrase{Text: g, Count: c})
		}
	}
	slices.SortFunc(out, func(a, b Phrase) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(utf8.RuneCountInString(b.Text), utf8.RuneCountInString(a.Text)),
			strings.Compare(a.Text, b.Text))
	})
	out = joinWindows(out, norm)
	if len(out) > o.Top {
		out = out[:o.Top]
	}
	for i := range out {
		out[i].Themes = []string{}
		if o.Matcher != nil {
			out[i].Themes = append(out[i].Themes, o.Matcher.Match(out[i].Text)...)
		}
	}
	return out
}
