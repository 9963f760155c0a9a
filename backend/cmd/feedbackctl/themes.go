package main

import (
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"feedbackdesk/backend/dashboard"
)

// surveyList is a repeatable --survey ID flag.
type surveyList []int64

func (s *surveyList) String() string { return fmt.Sprint(*s) }

func (s *surveyList) Set(v string) error {
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return fmt.Errorf("not a survey ID: %q", v)
	}
	*s = append(*s, id)
	return nil
}

// runThemes prints the verbatim themes of a period: per theme the
// responses mentioning it and the NPS of those vs the others, and the
// frequent phrases. Dates are calendar days in the reporting zone; "" is
// the current month. The --json output is dashboard.ThemeFigures: a
// public contract.
func runThemes(e *env, args []string) error {
	fs := e.flags("themes")
	from := fs.String("from", "", "first day, YYYY-MM-DD (default: first day of this month)")
	to := fs.String("to", "", "last day (inclusive), YYYY-MM-DD (default: last day of this month)")
	var surveys surveyList
	fs.Var(&surveys, "survey", "survey ID (repeatable; default: every survey)")
	if _, err := positionals(fs, args); err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	fig, err := dashboard.ThemeFiguresFor(e.ctx, db, dashboard.Query{From: *from, To: *to, SurveyIDs: surveys}, db.CurrentTime())
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(fig)
	}
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "%s – %s: %d responses with text\n", fig.From, fig.To, fig.Texts)
	fmt.Fprintln(w, "THEME\tMENTIONS\tSHARE\tNPS WITH (n)\tNPS WITHOUT (n)")
	for _, t := range fig.Themes {
		fmt.Fprintf(w, "%s %s\t%d\t%.1f%%\t%s\t%s\n", t.Key, t.Name, t.Mentions, t.Share, npsCell(t.Impact.With.Valid, t.Impact.With.Rounded, t.Impact.With.N),
			npsCell(t.Impact.Without.Valid, t.Impact.Without.Rounded, t.Impact.Without.N))
	}
	if len(fig.Phrases) > 0 {
		var ps []string
		for _, p := range fig.Phrases[:min(10, len(fig.Phrases))] {
			ps = append(ps, fmt.Sprintf("%s (%d)", p.Text, p.Count))
		}
		fmt.Fprintf(w, "frequent phrases: %s\n", strings.Join(ps, ", "))
	}
	return w.Flush()
}

func npsCell(valid bool, score, n int) string {
	if !valid {
		return "– (0)"
	}
	return fmt.Sprintf("%d (%d)", score, n)
}
