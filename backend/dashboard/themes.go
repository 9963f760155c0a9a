package dashboard

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"slices"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/themes"
)

// ThemeStore is what the verbatim themes read: the codebook, and the
// theme index it keeps up to date (the tagging itself happens here).
type ThemeStore interface {
	CodebookJSON(ctx context.Context) (string, bool, error)
	IndexThemes(ctx context.Context, version, codebook string, tag feedback.ThemeTagger, progress func(done, total int)) (int, error)
	ResponseThemeCounts(ctx context.Context, f feedback.TextFilter, byMonth bool) ([]feedback.ThemeCount, error)
	ResponseTextCounts(ctx context.Context, f feedback.TextFilter) ([]feedback.ThemeCount, error)
	TicketThemeCounts(ctx context.Context, start, end time.Time) ([]feedback.ThemeCount, error)
	TicketsOpened(ctx context.Context, start, end time.Time, category string) (int, error)
	EachRecentText(ctx context.Context, f feedback.TextFilter, limit int, fn func(text string) error) error
}

// maxPhraseTexts bounds the texts read for phrase discovery (the newest of
// the period), so a year of comments cannot make the dashboard wait: 8,000
// comments take ~0.3 s to scan for n-grams, 20,000 took ~0.8 s, and the
// frequent phrases of a month are the same.
const maxPhraseTexts = 8000

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
	body, _, err := st.CodebookJSON(ctx)
	if err != nil {
		return themes.Starter(), err
	}
	return codebookOf(body), nil
}

// codebookOf is the codebook a stored body holds: the starter one when
// nothing ("") or nothing valid is stored.
func codebookOf(body string) themes.Codebook {
	var cb themes.Codebook
	if body == "" || json.Unmarshal([]byte(body), &cb) != nil || cb.Validate() != nil {
		return themes.Starter()
	}
	return cb
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

// matchingVersion changes when the way texts are matched changes (the
// normaliser, the rule semantics), so stored tags are rebuilt.
const matchingVersion = "1"

// IndexVersion is the theme index version of a codebook: texts tagged under
// another version are tagged again.
func IndexVersion(cb themes.Codebook) string {
	body, _ := json.Marshal(cb)
	sum := sha256.Sum256(body)
	return matchingVersion + ":" + hex.EncodeToString(sum[:12])
}

// RefreshThemes brings the stored theme tags up to date with the stored
// codebook (a changed codebook retags every text; otherwise only new,
// edited or re-decided texts are tagged). It returns the codebook and how
// many texts it tagged.
func RefreshThemes(ctx context.Context, st ThemeStore) (themes.Codebook, *themes.Matcher, int, error) {
	return RetagThemes(ctx, st, nil)
}

// RetagThemes is RefreshThemes telling progress (responses and tickets
// read of those waiting) after each committed chunk; cancelling ctx keeps
// what was done, and the next refresh continues from there.
func RetagThemes(ctx context.Context, st ThemeStore, progress func(done, total int)) (themes.Codebook, *themes.Matcher, int, error) {
	total := 0
	for attempt := 0; ; attempt++ {
		body, _, err := st.CodebookJSON(ctx)
		if err != nil {
			return nil, nil, total, err
		}
		cb := codebookOf(body)
		m, err := themes.Compile(cb)
		if err != nil {
			return nil, nil, total, err
		}
		n, err := st.IndexThemes(ctx, IndexVersion(cb), body, func(text string, decisions map[string]bool) []string {
			return Tag(m, text, decisions)
		}, progress)
		total += n
		// Saved again meanwhile: tag with the new codebook (a few saves in
		// a row are followed; an endless stream of saves is not).
		if errors.Is(err, feedback.ErrCodebookChanged) && attempt < 8 {
			continue
		}
		return cb, m, total, err
	}
}

// ThemeFiguresFor computes the verbatim themes of the period as of now:
// mentions and NPS impact per theme, mentions per month over the trend
// months, and the period's frequent phrases (those no theme covers are
// candidates for new rules). The figures are grouped counts over the
// theme index, refreshed first.
func ThemeFiguresFor(ctx context.Context, st ThemeStore, q Query, now time.Time) (*ThemeFigures, error) {
	return ThemeFiguresTagging(ctx, st, q, now, nil)
}

// ThemeFiguresTagging is ThemeFiguresFor telling progress (responses and
// tickets read of those waiting) of the tagging it does first.
func ThemeFiguresTagging(ctx context.Context, st ThemeStore, q Query, now time.Time, progress func(done, total int)) (*ThemeFigures, error) {
	p, err := ParsePeriod(q.From, q.To, now)
	if err != nil {
		return nil, err
	}
	cb, m, _, err := RetagThemes(ctx, st, progress)
	if err != nil {
		return nil, err
	}
	keys := trendMonths(p, q)
	n := len(keys)
	out := &ThemeFigures{From: p.From(), To: p.To(), Months: make([]string, n), Themes: []ThemeFigure{}, Phrases: []themes.Phrase{}}
	index := map[int]int{}
	for i, k := range keys {
		index[k] = i
		out.Months[i] = monthLabel(k)
	}
	period := feedback.TextFilter{Start: p.Start, End: p.End, SurveyIDs: q.SurveyIDs, Segments: q.Segments}
	trend := period
	if start := monthStart(keys[0]); start.Before(trend.Start) {
		trend.Start = start
	}
	monthly := map[string][]int{}
	perMonth, err := st.ResponseThemeCounts(ctx, trend, true)
	if err != nil {
		return nil, err
	}
	for _, c := range perMonth {
		if i, ok := index[c.Month]; ok {
			if monthly[c.Theme] == nil {
				monthly[c.Theme] = make([]int, n)
			}
			monthly[c.Theme][i] += c.N
		}
	}
	all, err := st.ResponseTextCounts(ctx, period)
	if err != nil {
		return nil, err
	}
	var allScores themes.ScoreCounts
	for _, c := range all {
		out.Texts += c.N
		if c.NPS != nil {
			allScores.Add(*c.NPS, c.N)
		}
	}
	byTheme, err := st.ResponseThemeCounts(ctx, period, false)
	if err != nil {
		return nil, err
	}
	mentions := map[string]int{}
	with := map[string]*themes.ScoreCounts{}
	for _, c := range byTheme {
		mentions[c.Theme] += c.N
		if with[c.Theme] == nil {
			with[c.Theme] = &themes.ScoreCounts{}
		}
		if c.NPS != nil {
			with[c.Theme].Add(*c.NPS, c.N)
		}
	}
	for _, t := range cb {
		var w themes.ScoreCounts
		if with[t.Key] != nil {
			w = *with[t.Key]
		}
		im := themes.ImpactOf(t.Key, mentions[t.Key], w, allScores)
		fig := ThemeFigure{Key: t.Key, Name: t.Name, NameEn: t.NameEn, Mentions: im.Mentions, Impact: im, Counts: monthly[t.Key]}
		if fig.Counts == nil {
			fig.Counts = make([]int, n)
		}
		if out.Texts > 0 {
			fig.Share = 100 * float64(im.Mentions) / float64(out.Texts)
		}
		out.Themes = append(out.Themes, fig)
	}
	if out.Tickets, err = st.TicketsOpened(ctx, p.Start, p.End, ""); err != nil {
		return nil, err
	}
	ticketCounts, err := st.TicketThemeCounts(ctx, p.Start, p.End)
	if err != nil {
		return nil, err
	}
	for i := range out.Themes {
		for _, c := range ticketCounts {
			if c.Theme == out.Themes[i].Key {
				out.Themes[i].TicketMentions = c.N
			}
		}
	}
	if q.NoPhrases {
		return out, nil
	}
	var texts []string
	if err := st.EachRecentText(ctx, period, maxPhraseTexts, func(text string) error {
		texts = append(texts, text)
		return nil
	}); err != nil {
		return nil, err
	}
	out.Phrases = themes.Phrases(texts, themes.PhraseOptions{Matcher: m, Top: 30})
	return out, nil
}
