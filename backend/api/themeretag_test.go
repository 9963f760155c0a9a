package api_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/dashboard"
	"feedbackdesk/backend/themes"
)

// retagEvents records RetagEvent progress; it can cancel on the next event
// and signals when a final state arrives.
type retagEvents struct {
	mu          sync.Mutex
	got         []api.RetagProgress
	cancelFirst *api.Dashboard
	final       chan api.RetagProgress
}

func (r *retagEvents) Emit(_ context.Context, name string, data any) {
	if name != api.RetagEvent {
		return
	}
	p := data.(api.RetagProgress)
	r.mu.Lock()
	r.got = append(r.got, p)
	cancel := r.cancelFirst
	r.cancelFirst = nil
	r.mu.Unlock()
	if cancel != nil {
		cancel.CancelRetag()
	}
	if p.State != "running" {
		r.final <- p
	}
}

func (r *retagEvents) wait(t *testing.T) api.RetagProgress {
	t.Helper()
	select {
	case p := <-r.final:
		return p
	case <-time.After(30 * time.Second):
		t.Fatal("the retag never finished")
		return api.RetagProgress{}
	}
}

// TestCodebookSaveRetagsInBackground: saving a codebook answers at once and
// tags every comment and complaint in the background, telling progress up
// to all of them; a cancelled retag leaves the index behind the codebook,
// and the next theme figures finish it and count the new theme.
func TestCodebookSaveRetagsInBackground(t *testing.T) {
	f := newFacades(t)
	ev := &retagEvents{final: make(chan api.RetagProgress, 4)}
	d := api.NewDashboard(ev)
	api.AttachDashboard(d, context.Background(), f.db)
	t.Cleanup(func() { api.StopDashboard(d) })
	f.at(sh(20, 10, 0))
	tpl := f.mustActiveTemplate(t, "phone_followup")
	r := api.NewResponses()
	api.AttachResponses(r, context.Background(), f.db)
	for _, c := range []string{"发票开错了", "发票一直没寄", "送货很快", ""} {
		if _, err := r.Submit(api.ResponseInput{SurveyID: tpl.ID, Source: "form", Channel: "phone", Answers: npsAnswers(tpl, 6, 3, c)}); err != nil {
			t.Fatal(err)
		}
	}
	if got := d.RetagStatus(); got.State != "idle" {
		t.Fatalf("before any save: %+v", got)
	}
	cb := append(themes.Starter(), themes.Theme{Key: "invoice", Name: "发票", NameEn: "Invoice", Keywords: []string{"发票"}})
	if _, err := d.SaveCodebook(cb); err != nil {
		t.Fatal(err)
	}
	end := ev.wait(t)
	if end.State != "done" || end.Total != 4 || end.Done != 4 || end.Tagged == 0 {
		t.Fatalf("retag end: %+v (events %+v)", end, ev.got)
	}
	if d.RetagStatus() != end {
		t.Fatalf("status %+v, last event %+v", d.RetagStatus(), end)
	}
	ctx := context.Background()
	if ok, err := f.db.ThemesIndexed(ctx, dashboard.IndexVersion(cb)); err != nil || !ok {
		t.Fatalf("after the retag the index should follow the saved codebook: %v %v", ok, err)
	}

	// Cancelled at once: nothing follows the new codebook until figures are read.
	ev.mu.Lock()
	ev.cancelFirst = d
	ev.mu.Unlock()
	cb2 := append(cb, themes.Theme{Key: "fast", Name: "快", NameEn: "Fast", Keywords: []string{"很快"}})
	if _, err := d.SaveCodebook(cb2); err != nil {
		t.Fatal(err)
	}
	if end := ev.wait(t); end.State != "canceled" {
		t.Fatalf("cancelled retag ended %+v", end)
	}
	if ok, _ := f.db.ThemesIndexed(ctx, dashboard.IndexVersion(cb2)); ok {
		t.Fatal("a retag cancelled before it began left the index following the new codebook")
	}
	figs, err := d.Themes(api.DashboardQuery{})
	if err != nil {
		t.Fatal(err)
	}
	mentions := map[string]int{}
	for _, th := range figs.Themes {
		mentions[th.Key] = th.Mentions
	}
	if mentions["invoice"] != 2 || mentions["fast"] != 1 {
		t.Fatalf("figures after a cancelled retag: %v", mentions)
	}
}
