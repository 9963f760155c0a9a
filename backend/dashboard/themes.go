package dashboard

import (
	"context"
	"encoding/json"
	"slices"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/themes"
)

// ThemeStore is what the verbatim themes read.
type ThemeStore interface {
	EachScoredText(ctx context.Context, f feedback.TextFilter, fn func(feedback.ScoredText) error) error
	ThemeOverrides(ctx context.Context, f feedback.TextFilter) (map[int64]map[string]bool, error)
	CodebookJSON(ctx context.Context) (string, bool, error)
	EachTicketText(ctx context.Context, start, end time.Time, fn func(id int64, text string) error) error
}

// maxPhraseTexts bounds the texts read for phrase discovery (the newest of
// the period), so a year of comments cannot make the dashboard wait.
const maxPhraseTexts = 20000

// ThemeFigure is one theme's figures in the period.
type ThemeFigure struct {
	Key    string `json:"key"`
	Name   string `json:"name"`
	NameEn string `json:"name_en"`
	// Mentions counts the period's responses with the theme; Share is
	// Mentions ÷ responses with text × 100 (0 when there is no text).
	Mentions int     `json:"mentions"`
	Share    float64 `json:"share"`
	// Impact is the NPS of responses mentioning the theme vs the others.
	Impact themes.Impact `json:"impact"`
	// Counts are the mentions per month of ThemeFigures.Months.
	Counts []int `json:"counts"`
	// TicketMentions counts the complaints opened in the period whose title
	// or description has the theme.
	TicketMentions int `json:"ticket_mentions"`
}

// ThemeFigures are the verbatim themes of a period.
type ThemeFigures struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Texts counts the period's responses with free text; Tickets the
	// complaints opened in the period (all have a title).
	Texts   int             `json:"texts"`
	Tickets int             `json:"tickets"`
	Months  []string        `json:"months"`
	Themes  []ThemeFigure   `json:"themes"`
	Phrases []themes.Phrase `json:"phrases"`
}

// LoadCodebook returns the stored codebook, or the starter one when none
// is stored (or the stored one no longer reads).
func LoadCodebook(ctx context.Context, st ThemeStore) (themes.Codebook, error) {
	body, ok, err := st.CodebookJSON(ctx)
	if err != nil || !ok {
		return themes.Starter(), err
	}
	var cb themes.Codebook
	if json.Unmarshal([]byte(body), &cb) != nil || cb.Validate() != nil {
		return themes.Starter(), nil
	}
	return cb, nil
}

// Tag returns the themes of one text: the codebook's matches with a
// person's decisions applied (added or removed).
func Tag(m *themes.Matcher, text string, decisions map[string]bool) []string {
	found := m.Match(text)
	if len(decisions) == 0 {
		return found
	}
	var out []string
	for _, k := range found {
		if present, ok := decisions[k]; !ok || present {
			out = append(out, k)
		}
	}
	for k, present := range decisions {
		if present && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// ThemeFiguresFor computes the verbatim themes of the period as of now:
// mentions and NPS impact per theme, mentions per month over the trend
// months, and the period's frequent phrases (those no theme covers are
// candidates for new rules).
func ThemeFiguresFor(ctx context.Context, st ThemeStore, q Query, now time.Time) (*ThemeFigures, error) {
	p, err := ParsePeriod(q.From, q.To, now)
	if err != nil {
		return nil, err
	}
	cb, err := LoadCodebook(ctx, st)
	if err != nil {
		return nil, err
	}
	m, err := themes.Compile(cb)
	if err != nil {
		return nil, err
	}
	keys := trendMonths(p, q)
	n := len(keys)
	start := monthStart(keys[0])
	if p.Start.Before(start) {
		start = p.Start
	}
	f := feedback.TextFilter{Start: start, End: p.End, SurveyIDs: q.SurveyIDs}
	overrides, err := st.ThemeOverrides(ctx, f)
	if err != nil {
		return nil, err
	}
	out := &ThemeFigures{From: p.From(), To: p.To(), Months: make([]string, n), Themes: []ThemeFigure{}, Phrases: []themes.Phrase{}}
	index := map[int]int{}
	for i, k := range keys {
		index[k] = i
		out.Months[i] = monthLabel(k)
	}
	monthly := map[string][]int{}
	var docs []themes.Doc
	var texts []string
	err = st.EachScoredText(ctx, f, func(t feedback.ScoredText) error {
		tags := Tag(m, t.Text, overrides[t.ResponseID])
		if i, ok := index[t.Month]; ok {
			for _, k := range tags {
				if monthly[k] == nil {
					monthly[k] = make([]int, n)
				}
				monthly[k][i]++
			}
		}
		// The period itself (the range read starts earlier for the trend).
		if !t.SubmittedAt.Before(p.Start) {
			docs = append(docs, themes.Doc{Score: t.NPS, Themes: tags})
			texts = append(texts, t.Text)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out.Texts = len(docs)
	keysInOrder := make([]string, len(cb))
	for i, t := range cb {
		keysInOrder[i] = t.Key
	}
	for i, im := range themes.Impacts(keysInOrder, docs) {
		t := cb[i]
		fig := ThemeFigure{Key: t.Key, Name: t.Name, NameEn: t.NameEn, Mentions: im.Mentions, Impact: im, Counts: monthly[t.Key]}
		if fig.Counts == nil {
			fig.Counts = make([]int, n)
		}
		if out.Texts > 0 {
			fig.Share = 100 * float64(im.Mentions) / float64(out.Texts)
		}
		out.Themes = append(out.Themes, fig)
	}
	ticketMentions := map[string]int{}
	err = st.EachTicketText(ctx, p.Start, p.End, func(_ int64, text string) error {
		out.Tickets++
		for _, k := range m.Match(text) {
			ticketMentions[k]++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range out.Themes {
		out.Themes[i].TicketMentions = ticketMentions[out.Themes[i].Key]
	}
	if len(texts) > maxPhraseTexts {
		texts = texts[len(texts)-maxPhraseTexts:]
	}
	out.Phrases = themes.Phrases(texts, themes.PhraseOptions{Matcher: m, Top: 30})
	return out, nil
}
