package themes

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"ＲＥＦＵＮＤ　太慢！":           "refund 太慢!",
		"  Slow\t\n delivery ": "slow delivery",
		"１２３ＡＢＣ":               "123abc",
		"":                     "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func mustCompile(t *testing.T, cb Codebook) *Matcher {
	t.Helper()
	m, err := Compile(cb)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestStarterCodebookOnChineseAndEnglish(t *testing.T) {
	m := mustCompile(t, Starter())
	cases := []struct {
		text string
		want []string
	}{
		{"客服态度很差，等了半个小时才有人接", []string{"attitude", "speed"}},
		{"快递太慢了，包裹还破损了", []string{"speed", "quality", "delivery"}},
		{"退款到现在还没到账", []string{"refund"}},
		{"全程没有等待，很满意", nil}, // the exclusion vetoes "等待"
		{"The courier was RUDE and the parcel arrived late", []string{"attitude", "delivery"}},
		{"Still waiting for my refund.", []string{"speed", "refund"}},
		{"ＲＥＦＵＮＤＥＤ quickly", []string{"speed", "refund"}}, // full-width, case, prefix rules
		{"The waiter was nice; priceless view", nil},      // whole words only
		{"", nil},
	}
	for _, c := range cases {
		if got := m.Match(c.text); !slices.Equal(got, c.want) {
			t.Errorf("Match(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestCodebookValidate(t *testing.T) {
	ok := Theme{Key: "a", Name: "甲", Keywords: []string{"甲"}}
	for name, cb := range map[string]Codebook{
		"no key":       {{Name: "x", Keywords: []string{"x"}}},
		"duplicate":    {ok, ok},
		"no name":      {{Key: "b", Keywords: []string{"x"}}},
		"no keywords":  {{Key: "b", Name: "b"}},
		"empty rule":   {{Key: "b", Name: "b", Keywords: []string{"  "}}},
		"only a star":  {{Key: "b", Name: "b", Keywords: []string{"*"}}},
		"rule too big": {{Key: "b", Name: "b", Keywords: []string{string(make([]rune, 51))}}},
	} {
		if _, err := Compile(cb); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := Starter().Validate(); err != nil {
		t.Fatalf("starter codebook: %v", err)
	}
}

func TestPhrasesChineseWithoutSpaces(t *testing.T) {
	texts := []string{
		"快递太慢，等了一周",
		"快递太慢了",
		"这次快递太慢",
		"安装师傅迟到",
		"安装师傅很专业",
		"安装师傅态度好",
	}
	got := Phrases(texts, PhraseOptions{MinCount: 3, Matcher: mustCompile(t, Starter())})
	texts2 := map[string]Phrase{}
	for _, p := range got {
		texts2[p.Text] = p
	}
	if p, ok := texts2["快递太慢"]; !ok || p.Count != 3 || !slices.Equal(p.Themes, []string{"speed", "delivery"}) {
		t.Fatalf("快递太慢: %+v (all %+v)", p, got)
	}
	if p, ok := texts2["安装师傅"]; !ok || p.Count != 3 {
		t.Fatalf("安装师傅: %+v (all %+v)", p, got)
	}
	for _, sub := range []string{"快递太", "递太慢", "快递", "太慢", "师傅", "安装"} {
		if _, ok := texts2[sub]; ok {
			t.Errorf("%s is inside an equally frequent longer phrase and should be dropped: %+v", sub, got)
		}
	}
	if len(got) != 2 {
		t.Errorf("phrases: %+v", got)
	}
}

func TestPhrasesEnglish(t *testing.T) {
	texts := []string{"The delivery was late again", "Late delivery, no call", "late delivery and a rude driver", "Delivery fine"}
	got := Phrases(texts, PhraseOptions{MinCount: 2})
	want := []Phrase{{Text: "delivery", Count: 4}, {Text: "late", Count: 3}, {Text: "late delivery", Count: 2}}
	if !slices.EqualFunc(got, want, func(a, b Phrase) bool { return a.Text == b.Text && a.Count == b.Count }) {
		t.Fatalf("Phrases = %+v, want %+v", got, want)
	}
}

func TestImpactsHandComputed(t *testing.T) {
	s := func(v int) *int { return &v }
	docs := []Doc{
		{Score: s(2), Themes: []string{"speed"}}, {Score: s(5), Themes: []string{"speed", "delivery"}}, {Score: s(9), Themes: []string{"speed"}},
		{Score: s(10)}, {Score: s(9)}, {Score: s(7)}, {Score: s(3), Themes: []string{"price"}},
		{Themes: []string{"speed"}}, // no score: a mention only
	}
	got := Impacts([]string{"speed", "refund"}, docs)
	sp := got[0]
	// With speed: 2, 5, 9 → 1 promoter, 2 detractors of 3 → −33.3; without: 10, 9, 7, 3 → 2 − 1 of 4 → +25.
	if sp.Mentions != 4 || sp.With.N != 3 || sp.Without.N != 4 || sp.Delta == nil {
		t.Fatalf("speed impact: %+v", sp)
	}
	if d := *sp.Delta; d < -58.34 || d > -58.33 {
		t.Fatalf("speed delta = %v, want −58.33", d)
	}
	if rf := got[1]; rf.Mentions != 0 || rf.With.Valid || rf.Delta != nil || rf.Without.N != 7 {
		t.Fatalf("refund impact (never mentioned): %+v", rf)
	}
}

func FuzzMatchAndPhrases(f *testing.F) {
	m, err := Compile(Starter())
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"快递太慢，等了一周", "ＲＥＦＵＮＤ", "\xff\xfe bad utf8 等待", "a-b'c", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, key := range m.Match(s) {
			if !slices.ContainsFunc(Starter(), func(th Theme) bool { return th.Key == key }) {
				t.Fatalf("unknown key %q", key)
			}
		}
		for _, p := range Phrases([]string{s, s}, PhraseOptions{MinCount: 2, Matcher: m}) {
			if p.Count != 2 || p.Text == "" {
				t.Fatalf("phrase %+v from two copies of %q", p, s)
			}
		}
	})
}

// TestPhrasesJoinWindows: a phrase longer than the n-gram window comes out
// whole, not as overlapping fragments.
func TestPhrasesJoinWindows(t *testing.T) {
	texts := []string{"客服一次就帮我解决了问题", "还是一次就帮我解决", "谢谢，一次就帮我解决！", "没有解决"}
	got := Phrases(texts, PhraseOptions{MinCount: 3})
	found := map[string]int{}
	for _, p := range got {
		found[p.Text] = p.Count
	}
	if found["一次就帮我解决"] != 3 {
		t.Fatalf("the 7-character phrase should come out whole: %+v", got)
	}
	for _, frag := range []string{"一次就帮我解", "次就帮我解决", "就帮我解决"} {
		if _, ok := found[frag]; ok {
			t.Errorf("fragment %s kept: %+v", frag, got)
		}
	}
	if found["解决"] != 4 {
		t.Errorf("解决 is in all four texts: %+v", got)
	}
}

// TestPastedTemplateComesOutAsSentences: a long text pasted into many
// comments (an auto-filled review, a signature) yields phrases of at most
// maxJoinedRunes characters that are pieces of it, found in every copy, and
// together they cover the whole text — not a fragment list of every window.
func TestPastedTemplateComesOutAsSentences(t *testing.T) {
	var b strings.Builder
	han := []rune("快递服务态度价格质量退款物流包装客服电话等待处理结果满意评价系统自动好评")
	seed := uint32(7)
	for range 300 { // a pseudo-random text: no window repeats inside it
		seed = seed*1664525 + 1013904223
		b.WriteRune(han[(seed>>16)%uint32(len(han))])
	}
	text := b.String()
	texts := []string{text, "无关的评论", text, text}
	got := Phrases(texts, PhraseOptions{MinCount: 3, Top: 1000})
	if len(got) == 0 {
		t.Fatal("no phrases from three copies of one text")
	}
	covered := make([]bool, len([]rune(text)))
	for _, p := range got {
		n := utf8.RuneCountInString(p.Text)
		if p.Count != 3 || n > maxJoinedRunes || !strings.Contains(text, p.Text) {
			t.Fatalf("phrase %q (%d runes, count %d): want a piece of the text found 3 times, ≤ %d runes", p.Text, n, p.Count, maxJoinedRunes)
		}
		r := []rune(text)
		for i := 0; i+n <= len(r); i++ {
			if string(r[i:i+n]) == p.Text {
				for k := i; k < i+n; k++ {
					covered[k] = true
				}
			}
		}
	}
	if slices.Contains(covered, false) {
		t.Errorf("the phrases leave part of the pasted text out: %v", got)
	}
	if len(got) > 2*len(covered)/(maxJoinedRunes-maxHan) {
		t.Errorf("%d phrases for a %d-character text: windows were not joined", len(got), len(covered))
	}
}

// BenchmarkPhrasesPastedText: phrase discovery over 20,000 comments where
// 300 are one pasted 2,000-character text (the fuzzer found this took
// minutes before windows were joined by index).
func BenchmarkPhrasesPastedText(b *testing.B) {
	han := []rune("快递服务态度价格质量退款物流包装客服电话等待处理结果满意评价系统自动好评太慢了")
	long := make([]rune, 2000)
	seed := uint32(7)
	for i := range long {
		seed = seed*1664525 + 1013904223
		long[i] = han[(seed>>16)%uint32(len(han))]
	}
	texts := make([]string, 20000)
	for i := range texts {
		if i%66 == 0 {
			texts[i] = string(long)
			continue
		}
		n := 8 + i%30
		r := make([]rune, n)
		for k := range r {
			r[k] = han[(i*31+k*k*3)%len(han)]
		}
		texts[i] = string(r)
	}
	m, _ := Compile(Starter())
	b.ResetTimer()
	for range b.N {
		Phrases(texts, PhraseOptions{Matcher: m, Top: 30})
	}
}

// TestLongRunOfLettersIsNoWord: a link, code or key mash longer than
// maxWordRunes letters is not offered as a phrase (the fuzzer found one
// 3,600-letter "word" took seconds to split); the words around it still are.
func TestLongRunOfLettersIsNoWord(t *testing.T) {
	mash := strings.Repeat("z", 3600)
	texts := []string{"refund " + mash + " please", "refund " + mash, "refund " + mash}
	got := Phrases(texts, PhraseOptions{MinCount: 3})
	found := map[string]int{}
	for _, p := range got {
		if utf8.RuneCountInString(p.Text) > maxWordRunes*maxWord+maxWord {
			t.Fatalf("phrase of %d characters offered", utf8.RuneCountInString(p.Text))
		}
		found[p.Text] = p.Count
	}
	if found["refund"] != 3 {
		t.Errorf("refund is in all three texts: %v", found)
	}
}
