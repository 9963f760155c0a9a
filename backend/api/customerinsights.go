package api

import (
	"context"
	"sort"

	"feedbackdesk/backend/customerscore"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// CustomerInsights is the bound facade of customer value and segments: the customer management score (weights, tiers, monthly snapshots and the tier migration matrix), RFM, saved segments and the customer rates.
type CustomerInsights struct {
	ctx     context.Context
	db      *sqlite.DB
	dialogs Dialogs
	events  Events
}

// NewCustomerInsights returns the facade; it does no I/O.
func NewCustomerInsights(dialogs Dialogs, events Events) *CustomerInsights {
	return &CustomerInsights{ctx: context.Background(), dialogs: dialogs, events: events}
}

// AttachCustomerInsights gives f the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
func AttachCustomerInsights(f *CustomerInsights, ctx context.Context, db *sqlite.DB) {
	f.ctx, f.db = ctx, db
}

func (f *CustomerInsights) svc() *customerscore.Service { return customerscore.New(f.db) }

// Overview scores every customer now, takes (replaces) the current month's
// snapshot — which writes each customer's tier and relationship class to
// the customer records — and returns the customers matching the filter
// (or, when segmentID is not 0, the saved segment's filter) with the RFM
// map and tier counts of that selection and the values the filters offer.
func (f *CustomerInsights) Overview(filter customerscore.Filter, segmentID int64) (*CustomerOverview, error) {
	return guard(f.db != nil, func() (*CustomerOverview, error) {
		svc := f.svc()
		if segmentID != 0 {
			seg, err := svc.Segment(f.ctx, segmentID)
			if err != nil {
				return nil, err
			}
			filter = seg.Filter
		}
		if err := filter.Validate(); err != nil {
			return nil, err
		}
		now := svc.Now()
		month := feedback.MonthKey(now, feedback.ReportingLocation())
		if _, err := svc.Snapshot(f.ctx, month); err != nil {
			return nil, err
		}
		res, err := svc.Compute(f.ctx, now)
		if err != nil {
			return nil, err
		}
		sel := filter.Select(res.Customers)
		out := &CustomerOverview{
			At: iso(res.At), Month: feedback.MonthLabel(month), Total: len(res.Customers), Settings: res.Settings,
			RFMMode: string(res.RFMMode), RFMScored: res.RFMScored, Rows: make([]CustomerInsightRow, len(sel)),
			RFM: customerscore.MapRFM(res.RFMMode, sel), Tiers: map[string]int{}, Relationships: map[string]int{},
			Options: filterOptions(res.Customers),
		}
		for i, c := range sel {
			out.Rows[i] = insightRow(c)
			out.Tiers[string(c.Tier)]++
			out.Relationships[string(c.Relationship)]++
		}
		return out, nil
	})
}

// Customer returns one customer's score breakdown now (components,
// effective weights, contributions, loyalty parts, RFM); ENOTFOUND for an
// unknown or merged-away customer.
func (f *CustomerInsights) Customer(id int64) (*customerscore.Customer, error) {
	return guard(f.db != nil, func() (*customerscore.Customer, error) {
		res, err := f.svc().Compute(f.ctx, f.db.CurrentTime())
		if err != nil {
			return nil, err
		}
		c := res.Find(id)
		if c == nil {
			return nil, feedback.Errorf(feedback.ENOTFOUND, "error.customer.not_found", "Customer %d does not exist.", id).
				WithParams(map[string]any{"id": id})
		}
		return c, nil
	})
}

// Settings returns the stored score settings.
func (f *CustomerInsights) Settings() (customerscore.Settings, error) {
	return guard(f.db != nil, func() (customerscore.Settings, error) { return f.svc().Settings(f.ctx) })
}

// SaveSettings validates and stores the score settings and recomputes every
// customer's tier and relationship class with them.
func (f *CustomerInsights) SaveSettings(s customerscore.Settings) (customerscore.Settings, error) {
	return guard(f.db != nil, func() (customerscore.Settings, error) {
		svc := f.svc()
		if err := svc.SaveSettings(f.ctx, s); err != nil {
			return customerscore.Settings{}, err
		}
		// The current month's snapshot follows the new settings.
		if _, err := svc.Snapshot(f.ctx, feedback.MonthKey(svc.Now(), feedback.ReportingLocation())); err != nil {
			return customerscore.Settings{}, err
		}
		return svc.Settings(f.ctx)
	})
}

// Months lists the months with a score snapshot, newest first.
func (f *CustomerInsights) Months() ([]customerscore.MonthCount, error) {
	return guard(f.db != nil, func() ([]customerscore.MonthCount, error) { return f.svc().Months(f.ctx) })
}

// TakeSnapshot takes (or retakes) the snapshot of month "YYYY-MM" ("" the
// current month).
func (f *CustomerInsights) TakeSnapshot(month string) (SnapshotDTO, error) {
	return guard(f.db != nil, func() (SnapshotDTO, error) {
		svc := f.svc()
		m, err := customerscore.ParseMonth(month, svc.Now())
		if err != nil {
			return SnapshotDTO{}, err
		}
		r, err := svc.Snapshot(f.ctx, m)
		if err != nil {
			return SnapshotDTO{}, err
		}
		return SnapshotDTO{Month: r.Month, TakenAt: iso(r.TakenAt), AsOf: iso(r.AsOf), Customers: r.Customers, Scored: r.Scored,
			High: r.High, Medium: r.Medium, Low: r.Low, Current: r.Current}, nil
	})
}

// Migration returns the tier migration matrix of month `from` (rows)
// against month `to` (columns), both "YYYY-MM"; "" for to is the current
// month, "" for from the month before to. A month without a snapshot is
// snapshotted first.
func (f *CustomerInsights) Migration(from, to string) (customerscore.Migration, error) {
	return guard(f.db != nil, func() (customerscore.Migration, error) {
		svc := f.svc()
		t, err := customerscore.ParseMonth(to, svc.Now())
		if err != nil {
			return customerscore.Migration{}, err
		}
		fr := customerscore.PreviousMonth(t)
		if from != "" {
			if fr, err = customerscore.ParseMonth(from, svc.Now()); err != nil {
				return customerscore.Migration{}, err
			}
		}
		return svc.Migration(f.ctx, fr, t)
	})
}

// Segments lists the saved segments by name.
func (f *CustomerInsights) Segments() ([]customerscore.Segment, error) {
	return guard(f.db != nil, func() ([]customerscore.Segment, error) {
		s, err := f.svc().Segments(f.ctx)
		if s == nil {
			s = []customerscore.Segment{}
		}
		return s, err
	})
}

// SaveSegment creates (id 0) or updates a saved segment.
func (f *CustomerInsights) SaveSegment(id int64, name string, filter customerscore.Filter) (customerscore.Segment, error) {
	return guard(f.db != nil, func() (customerscore.Segment, error) { return f.svc().SaveSegment(f.ctx, id, name, filter) })
}

// DeleteSegment deletes a saved segment.
func (f *CustomerInsights) DeleteSegment(id int64) error {
	_, err := guard(f.db != nil, func() (struct{}, error) { return struct{}{}, f.svc().DeleteSegment(f.ctx, id) })
	return err
}

// Rates returns the customer rates of the days from … to (inclusive,
// YYYY-MM-DD in the reporting zone) for every customer (segmentID 0) or a
// saved segment.
func (f *CustomerInsights) Rates(from, to string, segmentID int64) (customerscore.Rates, error) {
	return guard(f.db != nil, func() (customerscore.Rates, error) {
		start, end, err := feedback.ParsePeriod(from, to)
		if err != nil {
			return customerscore.Rates{}, err
		}
		if start == nil || end == nil {
			return customerscore.Rates{}, feedback.Errorf(feedback.EINVALID, "error.customer_insights.period_required",
				"Choose the first and last day of the period.")
		}
		return f.svc().Rates(f.ctx, *start, *end, segmentID)
	})
}

// filterOptions collects the distinct regions, industries, channels and
// custom attribute values of the customers, sorted.
func filterOptions(cs []customerscore.Customer) FilterOptions {
	sets := map[string]map[string]bool{}
	add := func(k, v string) {
		if v == "" {
			return
		}
		if sets[k] == nil {
			sets[k] = map[string]bool{}
		}
		sets[k][v] = true
	}
	for _, c := range cs {
		add("\x00region", c.Region)
		add("\x00industry", c.Industry)
		add("\x00channel", c.Channel)
		for k, v := range c.Attributes {
			add(k, v)
		}
	}
	list := func(k string) []string {
		out := []string{}
		for v := range sets[k] {
			out = append(out, v)
		}
		sort.Strings(out)
		return out
	}
	o := FilterOptions{Regions: list("\x00region"), Industries: list("\x00industry"), Channels: list("\x00channel"),
		Attributes: []AttributeOption{}}
	for k := range sets {
		if k[0] != 0 {
			o.Attributes = append(o.Attributes, AttributeOption{Key: k, Values: list(k)})
		}
	}
	sort.Slice(o.Attributes, func(i, j int) bool { return o.Attributes[i].Key < o.Attributes[j].Key })
	return o
}

func insightRow(c customerscore.Customer) CustomerInsightRow {
	return CustomerInsightRow{ID: c.ID, Name: c.Name, Company: c.Company, Region: c.Region, Industry: c.Industry,
		Channel: c.Channel, Score: c.Score, Tier: string(c.Tier), Partial: c.Partial, Relationship: string(c.Relationship),
		Lifecycle: string(c.Lifecycle), RFMSegment: string(c.RFM.Segment), R: c.RFM.R, F: c.RFM.F, M: c.RFM.M, FM: c.RFM.FM,
		DoNotContact: c.DoNotContact}
}
