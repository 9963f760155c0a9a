package api_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/sqlite"
)

// testNow is the frozen clock of every facade test: 2026-11-23 10:00 in Shanghai.
var testNow = time.Date(2026, 11, 23, 2, 0, 0, 0, time.UTC)

// facades are the bound facades attached to one fresh database.
type facades struct {
	db        *sqlite.DB
	now       *time.Time
	surveys   *api.Surveys
	responses *api.Responses
	customers *api.Customers
	followups *api.FollowUps
	kiosk     *api.Kiosk
	dialogs   *presetDialogs
}

// newFacades opens a database file in a temporary folder with a clock the
// test can move, and attaches every facade to it.
func newFacades(t *testing.T) *facades {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "feedback.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := testNow
	db.Now = func() time.Time { return now }
	f := &facades{db: db, now: &now, dialogs: &presetDialogs{}, responses: api.NewResponses(),
		customers: api.NewCustomers(), followups: api.NewFollowUps(), kiosk: api.NewKiosk()}
	f.surveys = api.NewSurveys(f.dialogs)
	ctx := context.Background()
	api.AttachSurveys(f.surveys, ctx, db)
	api.AttachResponses(f.responses, ctx, db)
	api.AttachCustomers(f.customers, ctx, db)
	api.AttachFollowUps(f.followups, ctx, db)
	api.AttachKiosk(f.kiosk, ctx, db)
	return f
}

// exec runs SQL fixtures.
func (f *facades) exec(t *testing.T, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := f.db.SQL().Exec(s); err != nil {
			t.Fatalf("fixture: %v\n%s", err, s)
		}
	}
}

// ts renders a time for SQL fixtures.
func ts(t time.Time) string { return sqlite.FormatTime(t) }

// mustCustomer inserts a customer and returns its ID.
func (f *facades) mustCustomer(t *testing.T, name, phone string, dnc bool) int64 {
	t.Helper()
	d := 0
	if dnc {
		d = 1
	}
	res, err := f.db.SQL().Exec(`INSERT INTO customers (name, phone, do_not_contact, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
		name, phone, d, ts(testNow), ts(testNow))
	if err != nil {
		t.Fatal(err)
	}
	id, _ := res.LastInsertId()
	return id
}

// mustActiveTemplate creates an active survey from a built-in template.
func (f *facades) mustActiveTemplate(t *testing.T, key string) api.SurveyDTO {
	t.Helper()
	s, err := f.surveys.CreateFromTemplate(key)
	if err != nil {
		t.Fatal(err)
	}
	if s, err = f.surveys.SetStatus(s.ID, "active"); err != nil {
		t.Fatal(err)
	}
	return s
}

// errKey returns the translation key of an encoded facade error.
func errKey(t *testing.T, err error) string {
	t.Helper()
	k, _ := decode(t, err)["key"].(string)
	return k
}

func num(v float64) *float64 { return &v }

// npsAnswers answers the phone script: NPS, CSAT, reason, comment.
func npsAnswers(s api.SurveyDTO, nps, csat float64, comment string) []api.AnswerInput {
	q := s.Questions
	out := []api.AnswerInput{{QuestionID: q[0].ID, Number: num(nps)}, {QuestionID: q[1].ID, Number: num(csat)},
		{QuestionID: q[2].ID, Choices: []string{"speed"}}}
	if comment != "" {
		out = append(out, api.AnswerInput{QuestionID: q[3].ID, Text: comment})
	}
	return out
}

func ptr[T any](v T) *T { return &v }

var _ = fmt.Sprint
