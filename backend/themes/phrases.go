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
	maxWordRunes     = 30   // a longer run of letters is not a word
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

// phraseText is a text as phrases are read from it: normalised, and cut at
// maxTextRunes characters.
func phraseText(text string) string {
	n := Normalize(text)
	if utf8.RuneCountInString(n) > maxTextRunes {
		n = string([]rune(n)[:maxTextRunes])
	}
	return n
}

// grams adds the distinct phrases of one text (as phraseText reads it) to into.
func grams(n string, into map[string]struct{}) {
	var han []rune
	var words []string
	var word strings.Builder
	flushWords := func() {}
	flushWord := func() {
		switch {
		case word.Len() == 0:
		case utf8.RuneCountInString(word.String()) > maxWordRunes: // a code, link or key mash: not a word
			word.Reset()
			flushWords()
		default:
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
	flushWords = func() {
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

// maxJoinedRunes caps a joined phrase: past a sentence's length a "phrase" is
// a pasted template, and its remaining windows start a new phrase.
const maxJoinedRunes = 40

// joinWindows joins Chinese phrases that are consecutive windows of a
// longer phrase ("一次就帮我解" + "次就帮我解决" → "一次就帮我解决") when the
// joined phrase is found in as many texts, so discovery shows phrases, not
// fragments of one. Only full windows (maxHan characters or longer, joined
// ones included) join, overlapping in maxHan−1 characters. The result keeps
// the frequency order.
//
// The work is linear in the phrases: windows are found by their first
// maxHan−1 characters, and whether a join is found in as many texts is read
// only in the texts that hold the phrase so far — a pasted 2,000-character
// text used to take minutes here (every join restarted a scan of every pair).
func joinWindows(ps []Phrase, texts []string) []Phrase {
	const overlap = maxHan - 1
	type key struct {
		count  int
		prefix string
	}
	han := func(r []rune) bool {
		for _, c := range r {
			if !isHan(c) {
				return false
			}
		}
		return true
	}
	runes := make([][]rune, len(ps))
	byPrefix := map[key][]int{}
	for i, p := range ps {
		r := []rune(p.Text)
		if len(r) >= maxHan && han(r) {
			runes[i] = r
			k := key{p.Count, string(r[:overlap])}
			byPrefix[k] = append(byPrefix[k], i)
		}
	}
	gone := make([]bool, len(ps))
	joined := make([]bool, len(ps))
	var seen holderSets
	for i := range ps {
		if runes[i] == nil || gone[i] {
			continue
		}
		var holders []holder // where ps[i] as joined so far stands; found on the first join
		for len(runes[i]) < maxJoinedRunes {
			a := runes[i]
			next := -1
			for _, j := range byPrefix[key{ps[i].Count, string(a[len(a)-overlap:])}] {
				if j == i || gone[j] || len(a)+len(runes[j])-overlap > maxJoinedRunes {
					continue
				}
				if holders == nil {
					holders = seen.holding(texts, ps[i].Text, ps[i].Count)
				}
				if in := followedBy(texts, holders, len(ps[i].Text), string(runes[j][overlap:])); len(in) == ps[i].Count {
					holders, next = in, j
					break
				}
			}
			if next < 0 {
				break
			}
			runes[i] = append(a, runes[next][overlap:]...)
			ps[i].Text = string(runes[i])
			gone[next], joined[i] = true, true
		}
	}
	var long []Phrase
	for i, p := range ps {
		if joined[i] && !gone[i] {
			long = append(long, p)
		}
	}
	// A phrase inside a joined one found in as many texts says nothing more
	// (a phrase inside an unjoined one of equal count was dropped already).
	out := make([]Phrase, 0, len(ps))
	for i, p := range ps {
		if gone[i] || slices.ContainsFunc(long, func(q Phrase) bool {
			return q.Text != p.Text && q.Count == p.Count && strings.Contains(q.Text, p.Text)
		}) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// holderSets remembers the sets of texts that held a phrase: the windows of
// one pasted text are all held by the same texts, so each chain after the
// first finds its texts by checking a remembered set instead of every text.
type holderSets struct{ sets [][]int }

// holding returns where s stands in the texts holding it, which count texts
// hold. A remembered set of count texts that all hold s is exactly those
// (texts are read as the n-grams were: normalised and cut at maxTextRunes, so
// an all-Chinese phrase is contained in as many texts as its count).
func (h *holderSets) holding(texts []string, s string, count int) []holder {
	for _, set := range h.sets {
		if len(set) != count {
			continue
		}
		if hs := placesOf(texts, set, s); len(hs) == count {
			return hs
		}
	}
	hs := placesOf(texts, nil, s)
	set := make([]int, len(hs))
	for k, x := range hs {
		set[k] = x.text
	}
	if len(h.sets) == 8 {
		h.sets = h.sets[1:]
	}
	h.sets = append(h.sets, set)
	return hs
}

// holder is a text holding a phrase and the byte offsets where it stands.
type holder struct {
	text int
	at   []int
}

// placesOf finds where s stands in the texts in (every text when in is nil)
// that hold it; listed texts are read until one does not hold s.
func placesOf(texts []string, in []int, s string) []holder {
	var out []holder
	find := func(i int) bool {
		h := holder{text: i}
		for from := 0; ; {
			k := strings.Index(texts[i][from:], s)
			if k < 0 {
				break
			}
			h.at = append(h.at, from+k)
			_, n := utf8.DecodeRuneInString(texts[i][from+k:])
			from += k + n
		}
		if h.at != nil {
			out = append(out, h)
		}
		return h.at != nil
	}
	if in == nil {
		for i := range texts {
			find(i)
		}
		return out
	}
	for _, i := range in {
		if !find(i) {
			break
		}
	}
	return out
}

// followedBy keeps the holders where the phrase (size bytes) is directly
// followed by more: where the phrase extended by more stands. Each place is
// checked in constant time, so growing a phrase by a character costs its
// holders, not a scan of their texts.
func followedBy(texts []string, hs []holder, size int, more string) []holder {
	var out []holder
	for _, h := range hs {
		var at []int
		for _, p := range h.at {
			if strings.HasPrefix(texts[h.text][p+size:], more) {
				at = append(at, p)
			}
		}
		if len(at) > 0 {
			out = append(out, holder{h.text, at})
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
	if len(r) > maxHan || !isHan(r[0]) {
		return nil // one Latin word (n-grams of Chinese are at most maxHan long)
	}
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
		norm[i] = phraseText(t)
		clear(one)
		grams(norm[i], one)
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
