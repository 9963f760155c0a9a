package customerscore

import (
	"context"
	"encoding/json"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
	"feedbackdesk/backend/sqlite"
)

// ParseMonth reads "YYYY-MM" as a yyyymm month key; "" is the current month
// at now (in the reporting zone).
func ParseMonth(s string, now time.Time) (int, error) {
	if s == "" {
		return feedback.MonthKey(now, feedback.ReportingLocation()), nil
	}
	t, err := time.Parse("2006-01", s)
	if err != nil || t.Year() < 1900 {
		return 0, feedback.Errorf(feedback.EINVALID, "error.customer_insights.month_invalid", "%q is not a month (YYYY-MM).", s).
			WithParams(map[string]any{"value": s})
	}
	return t.Year()*100 + int(t.Month()), nil
}

// nextMonth returns the key of the month after key.
func nextMonth(key int) int {
	if key%100 == 12 {
		return (key/100+1)*100 + 1
	}
	return key + 1
}

// PreviousMonth returns the key of the month before key.
func PreviousMonth(key int) int {
	if key%100 == 1 {
		return (key/100-1)*100 + 12
	}
	return key - 1
}

// SnapshotResult says what a snapshot took.
type SnapshotResult struct {
	Month     string    `json:"month"` // YYYY-MM
	TakenAt   time.Time `json:"takenAt"`
	AsOf      time.Time `json:"asOf"` // the scoring instant
	Customers int       `json:"customers"`
	Scored    int       `json:"scored"`
	High      int       `json:"high"`
	Medium    int       `json:"medium"`
	Low       int       `json:"low"`
	// Current is set for the current month: its snapshot is as of now, and
	// the computed tiers and relationships were written to the customers.
	Current bool `json:"current"`
}

// Snapshot takes the monthly snapshot of month (yyyymm) with the stored
// settings: every customer's score as of the end of that month (as of now
// for the current month), replacing the month's earlier snapshot, so taking
// it again leaves one row per customer. A future month is EINVALID. For
// the current month the tiers and relationships are written back too.
func (s *Service) Snapshot(ctx context.Context, month int) (SnapshotResult, error) {
	now := s.Now()
	cur := feedback.MonthKey(now, feedback.ReportingLocation())
	if month > cur {
		return SnapshotResult{}, feedback.Errorf(feedback.EINVALID, "error.customer_insights.month_future",
			"%s has not begun yet.", feedback.MonthLabel(month)).WithParams(map[string]any{"month": feedback.MonthLabel(month)})
	}
	at := feedback.MonthStart(nextMonth(month))
	if month == cur {
		at = now
	}
	res, err := s.Compute(ctx, at)
	if err != nil {
		return SnapshotResult{}, err
	}
	out := SnapshotResult{Month: feedback.MonthLabel(month), TakenAt: now, AsOf: at, Customers: len(res.Customers), Current: month == cur}
	rows := make([]sqlite.SnapshotRow, len(res.Customers))
	for i, c := range res.Customers {
		comps, _ := json.Marshal(c.Components)
		rows[i] = sqlite.SnapshotRow{CustomerID: c.ID, Score: c.Score, Tier: c.Tier, Partial: c.Partial, Components: string(comps)}
		switch c.Tier {
		case feedback.TierHigh:
			out.High++
		case feedback.TierMedium:
			out.Medium++
		case feedback.TierLow:
			out.Low++
		}
		if c.Score != nil {
			out.Scored++
		}
	}
	if err := s.db.SaveSnapshot(ctx, month, now, rows); err != nil {
		return SnapshotResult{}, err
	}
	if out.Current {
		if err := s.writeBack(ctx, res); err != nil {
			return SnapshotResult{}, err
		}
	}
	return out, nil
}

// MonthCount is a month with a snapshot and its number of customers.
type MonthCount struct {
	Month     string `json:"month"`
	Customers int    `json:"customers"`
}

// Months lists the months that have a snapshot, newest first.
func (s *Service) Months(ctx context.Context) ([]MonthCount, error) {
	ms, ns, err := s.db.SnapshotMonths(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]MonthCount, len(ms))
	for i := range ms {
		out[i] = MonthCount{Month: feedback.MonthLabel(ms[i]), Customers: ns[i]}
	}
	return out, nil
}

// Migration is the tier migration matrix between two monthly snapshots.
type Migration struct {
	FromMonth string `json:"fromMonth"` // YYYY-MM, the earlier month (rows)
	ToMonth   string `json:"toMonth"`   // YYYY-MM, the later month (columns)
	metrics.TierMigration
	// Taken lists the months whose snapshot was missing and was taken.
	Taken []string `json:"taken"`
}

// Migration builds the matrix of tiers in month `from` (rows) against
// month `to` (columns). A month without a snapshot is snapshotted first
// (as of its end from the recorded history), so that the matrix always
// compares like with like. from must come before to.
func (s *Service) Migration(ctx context.Context, from, to int) (Migration, error) {
	if from >= to {
		return Migration{}, feedback.Errorf(feedback.EINVALID, "error.customer_insights.migration_months",
			"The first month must come before the second.")
	}
	out := Migration{FromMonth: feedback.MonthLabel(from), ToMonth: feedback.MonthLabel(to), Taken: []string{}}
	tiers := [2]map[int64]feedback.ValueTier{}
	for i, m := range []int{from, to} {
		snap, err := s.db.Snapshot(ctx, m)
		if err != nil {
			return Migration{}, err
		}
		if len(snap) == 0 {
			if _, err := s.Snapshot(ctx, m); err != nil {
				return Migration{}, err
			}
			out.Taken = append(out.Taken, feedback.MonthLabel(m))
			if snap, err = s.db.Snapshot(ctx, m); err != nil {
				return Migration{}, err
			}
		}
		tiers[i] = make(map[int64]feedback.ValueTier, len(snap))
		for id, r := range snap {
			tiers[i][id] = r.Tier
		}
	}
	mig, err := metrics.MigrateTiers(tiers[0], tiers[1])
	if err != nil {
		return Migration{}, err
	}
	out.TierMigration = mig
	return out, nil
}

// RFMMap counts customers on the R × FM grid (Counts[r−1][fm−1]) and per
// segment; customers without a purchase count in Unscored.
type RFMMap struct {
	Mode     metrics.RFMMode            `json:"mode"`
	Counts   [5][5]int                  `json:"counts"`
	Segments map[metrics.RFMSegment]int `json:"segments"`
	Unscored int                        `json:"unscored"`
	Rules    []metrics.RFMSegmentRule   `json:"rules"`
}

// MapRFM counts the customers given on the RFM segment map.
func MapRFM(mode metrics.RFMMode, cs []Customer) RFMMap {
	m := RFMMap{Mode: mode, Segments: map[metrics.RFMSegment]int{}, Rules: metrics.RFMSegmentRules()}
	for _, c := range cs {
		if !c.RFM.Scored {
			m.Unscored++
			continue
		}
		m.Counts[c.RFM.R-1][c.RFM.FM-1]++
		m.Segments[c.RFM.Segment]++
	}
	return m
}
