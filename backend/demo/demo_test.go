package demo_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
	"unicode"

	"feedbackdesk/backend/demo"
	"feedbackdesk/backend/feedback"
)

// streamHash hashes the JSON of every record a data set yields.
func streamHash(t *testing.T, ds feedback.Dataset) (string, int) {
	t.Helper()
	h := sha256.New()
	enc := json.NewEncoder(h)
	n := 0
	err := ds.Each(func(rec any) error {
		n++
		fmt.Fprintf(h, "%T\n", rec)
		return enc.Encode(rec)
	})
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil)), n
}

func TestDeterministic(t *testing.T) {
	a, n := streamHash(t, demo.New(1, 1))
	b, _ := streamHash(t, demo.New(1, 1))
	if a != b {
		t.Fatal("the same seed gave different records")
	}
	g := demo.New(1, 1)
	c1, _ := streamHash(t, g)
	c2, _ := streamHash(t, g)
	if c1 != a || c2 != a {
		t.Fatal("calling Each twice on one generator gave different records")
	}
	if d, _ := streamHash(t, demo.New(2, 1)); d == a {
		t.Fatal("different seeds gave identical records")
	}
	if n != demo.New(1, 1).Total() {
		t.Fatalf("yielded %d records, Total() = %d", n, demo.New(1, 1).Total())
	}
}

func TestTotal(t *testing.T) {
	for _, scale := range []int{0, 1, 3} {
		g := demo.New(5, scale)
		got := demo.Counts{}
		_ = g.Each(func(rec any) error {
			switch rec.(type) {
			case *feedback.Handler:
				got.Handlers++
			case *feedback.Customer:
				got.Customers++
			case *feedback.Order:
				got.Orders++
			case *feedback.Survey:
				got.Surveys++
			case *feedback.Response:
				got.Responses++
			case *feedback.TicketCategory:
				got.Categories++
			case *feedback.TicketRecord:
				got.Tickets++
			case *feedback.FollowUpCall:
				got.Calls++
			}
			return nil
		})
		if got != g.Counts() || got.Total() != g.Total() {
			t.Fatalf("scale %d: yielded %+v, Counts() %+v, Total() %d", scale, got, g.Counts(), g.Total())
		}
	}
	if c := demo.New(1, 2).Counts(); c.Responses != 6000 || c.Customers != 600 || c.Tickets != 800 || c.Calls != 1200 || c.Orders != 4000 {
		t.Fatalf("scale 2 counts %+v", c)
	}
}

func TestStopsOnError(t *testing.T) {
	stop := fmt.Errorf("stop")
	n := 0
	err := demo.New(1, 1).Each(func(any) error {
		if n++; n == 500 {
			return stop
		}
		return nil
	})
	if err != stop || n != 500 {
		t.Fatalf("Each returned %v after %d records", err, n)
	}
}

func TestEndOption(t *testing.T) {
	g := demo.New(1, 1)
	g.End = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	g.Months = 6
	start, end := g.Period()
	_ = g.Each(func(rec any) error {
		if r, ok := rec.(*feedback.Response); ok && (r.SubmittedAt.Before(start) || !r.SubmittedAt.Before(end)) {
			t.Fatalf("response at %v outside [%v, %v)", r.SubmittedAt, start, end)
		}
		return nil
	})
}

// isInt reports whether f is a whole number in [lo, hi].
func isInt(f *float64, lo, hi int) bool {
	return f != nil && *f == math.Trunc(*f) && int(*f) >= lo && int(*f) <= hi
}

func TestRecordsValid(t *testing.T) {
	g := demo.New(3, 1)
	start, end := g.Period()
	inRange := func(what string, at time.Time) {
		if at.Before(start) || !at.Before(end) {
			t.Fatalf("%s at %v outside [%v, %v)", what, at, start, end)
		}
	}
	seen := map[string]map[int64]bool{}
	mark := func(kind string, id int64) {
		if seen[kind] == nil {
			seen[kind] = map[int64]bool{}
		}
		if seen[kind][id] {
			t.Fatalf("%s %d yielded twice", kind, id)
		}
		seen[kind][id] = true
	}
	ref := func(kind string, id *int64, from string) {
		if id != nil && !seen[kind][*id] {
			t.Fatalf("%s refers to %s %d, not yielded before it", from, kind, *id)
		}
	}
	questions := map[int64]*feedback.Question{}
	categories := map[string]string{}
	var english, chinese, plus86, invalid, skipped, normalised, enComments int
	var lastEvent int64
	err := g.Each(func(rec any) error {
		switch r := rec.(type) {
		case *feedback.Handler:
			mark("handler", r.ID)
			if err := r.Validate(); err != nil {
				t.Fatal(err)
			}
		case *feedback.Customer:
			mark("customer", r.ID)
			if err := r.Validate(); err != nil {
				t.Fatal(err)
			}
			if r.CreatedAt.After(end) || r.Attributes["会员等级"] == "" || r.Region == "" {
				t.Fatalf("customer %+v", r)
			}
			if strings.HasPrefix(r.Phone, "+86 ") {
				plus86++
			} else if len(r.Phone) != 11 || r.Phone[0] != '1' {
				t.Fatalf("phone %q", r.Phone)
			}
			if unicode.Is(unicode.Han, []rune(r.Name)[0]) {
				chinese++
			} else {
				english++
			}
		case *feedback.Order:
			mark("order", r.ID)
			ref("customer", &r.CustomerID, "order")
			if r.Amount <= 0 || r.Refund < 0 || r.Refund > r.Amount || r.OrderedAt.After(end) {
				t.Fatalf("order %+v", r)
			}
		case *feedback.Survey:
			mark("survey", r.ID)
			if err := r.Validate(); err != nil {
				t.Fatalf("survey %d: %v", r.ID, err)
			}
			if r.TitleEN == "" || len(r.Questions) < 2 {
				t.Fatalf("survey %+v", r)
			}
			for _, q := range r.Questions {
				if q.SurveyID != r.ID || q.TitleEN == "" {
					t.Fatalf("question %+v", q)
				}
				questions[q.ID] = q
			}
		case *feedback.Response:
			mark("response", r.ID)
			ref("survey", &r.SurveyID, "response")
			ref("customer", r.CustomerID, "response")
			inRange("response", r.SubmittedAt)
			if !r.Source.Valid() || r.RowKey == "" || len(r.Answers) == 0 {
				t.Fatalf("response %+v", r)
			}
			tags := map[string]bool{}
			for _, tag := range r.Tags {
				if tags[tag] {
					t.Fatalf("response %d: tag %q twice", r.ID, tag)
				}
				tags[tag] = true
			}
			for _, a := range r.Answers {
				q := questions[a.QuestionID]
				if q == nil || q.SurveyID != r.SurveyID || a.ResponseID != r.ID {
					t.Fatalf("response %d answers question %d of another survey", r.ID, a.QuestionID)
				}
				switch a.Status {
				case feedback.AnswerSkipped:
					skipped++
					if a.Number != nil || a.Text != "" {
						t.Fatalf("skipped answer with a value: %+v", a)
					}
				case feedback.AnswerInvalid:
					invalid++
					if a.Number != nil || a.Raw == "" {
						t.Fatalf("invalid answer %+v", a)
					}
				case feedback.AnswerValid:
					if q.Type.Numeric() && !isInt(a.Number, q.ScaleMin, q.ScaleMax) {
						t.Fatalf("%s answer %v outside %d–%d", q.Type, a.Number, q.ScaleMin, q.ScaleMax)
					}
					if a.Raw != "" {
						normalised++
					}
					if q.Type == feedback.QuestionText && a.Text != "" && !strings.ContainsFunc(a.Text, func(c rune) bool { return unicode.Is(unicode.Han, c) }) {
						enComments++
					}
					if q.Type == feedback.QuestionSingle {
						found := false
						for _, o := range q.Options {
							found = found || o.Value == a.Text
						}
						if !found {
							t.Fatalf("choice %q not an option of question %d", a.Text, q.ID)
						}
					}
				default:
					t.Fatalf("answer status %q", a.Status)
				}
			}
		case *feedback.TicketCategory:
			if err := r.Validate(); err != nil {
				t.Fatal(err)
			}
			if _, ok := categories[r.Parent]; r.Parent != "" && !ok {
				t.Fatalf("category %s before its parent", r.Key)
			}
			categories[r.Key] = r.Parent
		case *feedback.TicketRecord:
			tk := r.Ticket
			mark("ticket", tk.ID)
			if err := tk.Validate(); err != nil {
				t.Fatal(err)
			}
			ref("customer", tk.CustomerID, "ticket")
			ref("handler", tk.HandlerID, "ticket")
			ref("response", tk.ResponseID, "ticket")
			inRange("ticket", tk.CreatedAt)
			if categories[tk.Subcategory] != tk.Category || tk.Category == "" {
				t.Fatalf("ticket %d: subcategory %q not under %q", tk.ID, tk.Subcategory, tk.Category)
			}
			if string(tk.StatusCat) != tk.Status {
				t.Fatalf("ticket %d: status %q category %q", tk.ID, tk.Status, tk.StatusCat)
			}
			if len(r.Events) == 0 || r.Events[0].Kind != feedback.EventCreated || !r.Events[0].At.Equal(tk.CreatedAt) {
				t.Fatalf("ticket %d does not start with its created event", tk.ID)
			}
			status := "new"
			for i, e := range r.Events {
				if e.TicketID != tk.ID || e.ID <= lastEvent || (i > 0 && e.At.Before(r.Events[i-1].At)) {
					t.Fatalf("ticket %d: event %+v out of order", tk.ID, e)
				}
				lastEvent = e.ID
				inRange("event", e.At)
				switch e.Kind {
				case feedback.EventStatus, feedback.EventReopen:
					if e.From != status {
						t.Fatalf("ticket %d: status change from %q while %q", tk.ID, e.From, status)
					}
					status = e.To
				case feedback.EventReply:
					if e.Direction != feedback.Inbound && e.Direction != feedback.Outbound {
						t.Fatalf("reply direction %q", e.Direction)
					}
				}
			}
			if status != tk.Status || !tk.UpdatedAt.Equal(r.Events[len(r.Events)-1].At) {
				t.Fatalf("ticket %d: status %q, log ends in %q", tk.ID, tk.Status, status)
			}
		case *feedback.FollowUpCall:
			mark("call", r.ID)
			ref("customer", &r.CustomerID, "call")
			ref("response", r.ResponseID, "call")
			ref("ticket", r.TicketID, "call")
			ref("survey", r.SurveyID, "call")
			ref("handler", r.HandlerID, "call")
			inRange("call", r.AttemptAt)
			if (r.Disposition == feedback.DispCallback) != (r.CallbackAt != nil) {
				t.Fatalf("call %+v: call-back time does not fit the disposition", r)
			}
			if r.ResponseID != nil && r.Disposition != feedback.DispCompleted {
				t.Fatalf("call %d recorded a response without completing", r.ID)
			}
		default:
			t.Fatalf("unexpected record %T", rec)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if english == 0 || chinese < 4*english || plus86 == 0 {
		t.Fatalf("names: %d Chinese, %d English; %d +86 phones", chinese, english, plus86)
	}
	if invalid == 0 || skipped == 0 || normalised == 0 || enComments == 0 {
		t.Fatalf("messiness missing: %d invalid, %d skipped, %d normalised, %d English comments", invalid, skipped, normalised, enComments)
	}
}

// TestPatterns checks the data tells a story worth analysing: a plausible
// NPS that differs by channel and product, and detractors who complain.
func TestPatterns(t *testing.T) {
	type tally struct{ p, d, n int }
	nps := func(c tally) float64 { return 100 * float64(c.p-c.d) / float64(c.n) }
	var all tally
	by := map[string]*tally{}
	add := func(key string, v int) {
		if by[key] == nil {
			by[key] = &tally{}
		}
		c := by[key]
		c.n++
		if v >= 9 {
			c.p++
		} else if v <= 6 {
			c.d++
		}
	}
	_ = demo.New(1, 4).Each(func(rec any) error {
		r, ok := rec.(*feedback.Response)
		if !ok || r.SurveyID != demo.SurveyRelationshipNPS || r.Answers[0].Number == nil {
			return nil
		}
		v := int(*r.Answers[0].Number)
		add("all", v)
		add("channel:"+r.Channel, v)
		add("product:"+r.Product, v)
		add("month:"+r.SubmittedAt.Format("01"), v)
		return nil
	})
	all = *by["all"]
	if n := nps(all); n < 5 || n > 60 {
		t.Fatalf("overall NPS %.0f is implausible", n)
	}
	if d := nps(*by["channel:walk_in"]) - nps(*by["channel:social"]); d < 15 {
		t.Fatalf("walk-in vs social NPS gap %.0f, want a visible difference", d)
	}
	if d := nps(*by["product:空气净化器 A3"]) - nps(*by["product:净水器 R5"]); d < 10 {
		t.Fatalf("product NPS gap %.0f, want a visible difference", d)
	}
}
