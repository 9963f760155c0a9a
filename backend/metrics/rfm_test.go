package metrics_test

import (
	"testing"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/metrics"
)

var rfmAt = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// daysAgo is the instant d days and one hour before rfmAt (recency d days).
func daysAgo(d int) time.Time { return rfmAt.Add(-time.Duration(d)*metrics.Day - time.Hour) }

func TestPercentileScore(t *testing.T) {
	t.Run("Ties", func(t *testing.T) {
		xs := []float64{10, 20, 20, 20, 30}
		for _, tc := range []struct {
			x    float64
			want int
		}{
			{10, 1}, // L=0 E=1: 1 + ⌊5·(0+1)/10⌋ = 1 + 0
			{20, 3}, // L=1 E=3: 1 + ⌊5·(2+3)/10⌋ = 1 + 2 — all three 20s score 3
			{30, 5}, // L=4 E=1: 1 + ⌊5·(8+1)/10⌋ = 1 + 4
		} {
			if got := metrics.PercentileScore(xs, tc.x); got != tc.want {
				t.Errorf("PercentileScore(%v) = %d, want %d", tc.x, got, tc.want)
			}
		}
	})
	t.Run("DistinctTwoPerScore", func(t *testing.T) {
		// Ten distinct values: value i (0-based) scores 1 + ⌊5·(2i+1)/20⌋:
		// i=0 → 5/20 → 1, i=1 → 15/20 → 1, i=2 → 25/20 → 2, …, i=9 → 95/20 → 5.
		xs := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
		want := []int{1, 1, 2, 2, 3, 3, 4, 4, 5, 5}
		for i, x := range xs {
			if got := metrics.PercentileScore(xs, x); got != want[i] {
				t.Errorf("PercentileScore(%v) = %d, want %d", x, got, want[i])
			}
		}
	})
	t.Run("AllEqual", func(t *testing.T) {
		// L=0 E=4: 1 + ⌊5·4/8⌋ = 3 — a population with one value sits in the middle.
		if got := metrics.PercentileScore([]float64{7, 7, 7, 7}, 7); got != 3 {
			t.Errorf("got %d, want 3", got)
		}
	})
	t.Run("Empty", func(t *testing.T) {
		if got := metrics.PercentileScore(nil, 1); got != 0 {
			t.Errorf("got %d, want 0", got)
		}
	})
}

// TestScoreRFMBreakpoints: fewer than 500 customers → fixed default
// breakpoints (R 30/90/180/365 days, F 2/3/5/10, M 500/2000/5000/20000).
func TestScoreRFMBreakpoints(t *testing.T) {
	in := []metrics.RFMInput{
		{CustomerID: 1, LastPurchase: rfmAt.Add(-12 * time.Hour), Orders: 12, NetSpend: 25000},
		{CustomerID: 2, LastPurchase: rfmAt.Add(-30 * metrics.Day), Orders: 1, NetSpend: 300},
		{CustomerID: 3, LastPurchase: daysAgo(31), Orders: 2, NetSpend: 2000},
		{CustomerID: 4, LastPurchase: daysAgo(200)},
		{CustomerID: 5}, // no purchase
		{CustomerID: 6, LastPurchase: daysAgo(400)},
		{CustomerID: 7, LastPurchase: daysAgo(100), Orders: 5, NetSpend: 5000},
		{CustomerID: 8, LastPurchase: daysAgo(5), Orders: 1, NetSpend: -100},
	}
	res, err := metrics.ScoreRFM(in, rfmAt, metrics.RFMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Mode != metrics.RFMBreakpoints || res.N != 7 {
		t.Fatalf("mode %q n %d, want breakpoints 7", res.Mode, res.N)
	}
	want := []metrics.CustomerRFM{
		// 12 h ago → 0 days ≤ 30 → R5; 12 ≥ 10 → F5; 25000 ≥ 20000 → M5; FM ⌊(5+5+1)/2⌋ = 5.
		{CustomerID: 1, Scored: true, RecencyDays: 0, Frequency: 12, Monetary: 25000, R: 5, F: 5, M: 5, FM: 5, Segment: metrics.SegmentChampions},
		// exactly 30 days ≤ 30 → R5; 1 < 2 → F1; 300 < 500 → M1; FM 1.
		// R5 FM1 would be "New", but Potential loyalist (R3–5, FM1–3) comes first.
		{CustomerID: 2, Scored: true, RecencyDays: 30, Frequency: 1, Monetary: 300, R: 5, F: 1, M: 1, FM: 1, Segment: metrics.SegmentPotentialLoyalist},
		// 31 days → R4; 2 → F2; 2000 → M3; FM ⌊(2+3+1)/2⌋ = 3 → Loyal (before Potential loyalist).
		{CustomerID: 3, Scored: true, RecencyDays: 31, Frequency: 2, Monetary: 2000, R: 4, F: 2, M: 3, FM: 3, Segment: metrics.SegmentLoyal},
		// 200 days → R2 (180 < 200 ≤ 365); no order in the window → F1 M1; R2 FM1 → Hibernating.
		{CustomerID: 4, Scored: true, RecencyDays: 200, R: 2, F: 1, M: 1, FM: 1, Segment: metrics.SegmentHibernating},
		{CustomerID: 5},
		// 400 days > 365 → R1; R1 FM1 → Hibernating (Lost is shadowed).
		{CustomerID: 6, Scored: true, RecencyDays: 400, R: 1, F: 1, M: 1, FM: 1, Segment: metrics.SegmentHibernating},
		// 100 days → R3; 5 → F4; 5000 → M4; FM ⌊9/2⌋ = 4; R3 is not Champions → Loyal.
		{CustomerID: 7, Scored: true, RecencyDays: 100, Frequency: 5, Monetary: 5000, R: 3, F: 4, M: 4, FM: 4, Segment: metrics.SegmentLoyal},
		// refunds above spend: −100 < 500 → M1.
		{CustomerID: 8, Scored: true, RecencyDays: 5, Frequency: 1, Monetary: -100, R: 5, F: 1, M: 1, FM: 1, Segment: metrics.SegmentPotentialLoyalist},
	}
	for i, w := range want {
		if res.Customers[i] != w {
			t.Errorf("customer %d:\n got %+v\nwant %+v", w.CustomerID, res.Customers[i], w)
		}
	}

	t.Run("CustomBreakpoints", func(t *testing.T) {
		bp := metrics.RFMBreakpointSet{RecencyDays: [4]int{1, 2, 3, 4}, Frequency: [4]int{1, 2, 3, 4}, Monetary: [4]float64{1, 2, 3, 4}}
		res, err := metrics.ScoreRFM(in[1:2], rfmAt, metrics.RFMOptions{Breakpoints: &bp})
		if err != nil {
			t.Fatal(err)
		}
		// 30 days > 4 → R1; 1 order ≥ 1 → F2; 300 ≥ 4 → M5; FM ⌊(2+5+1)/2⌋ = 4 → At risk.
		c := res.Customers[0]
		if c.R != 1 || c.F != 2 || c.M != 5 || c.FM != 4 || c.Segment != metrics.SegmentAtRisk {
			t.Errorf("got %+v", c)
		}
	})
	t.Run("ForcedQuintilesOnSmallSet", func(t *testing.T) {
		res, err := metrics.ScoreRFM(in, rfmAt, metrics.RFMOptions{MinQuintileCustomers: 7})
		if err != nil {
			t.Fatal(err)
		}
		if res.Mode != metrics.RFMQuintiles {
			t.Fatalf("mode %q, want quintiles at N = MinQuintileCustomers", res.Mode)
		}
		// Recency days of the 7 scored: 0, 30, 31, 200, 400, 100, 5, ranked on −days.
		// Customer 1 (0 days, the most recent): L=6 E=1 → 1 + ⌊5·13/14⌋ = 5.
		// Customer 6 (400 days): L=0 → 1 + ⌊5·1/14⌋ = 1.
		// Frequencies 12, 1, 2, 0, 0, 5, 1: the two 0s have L=0 E=2 → 1 + ⌊5·2/14⌋ = 1;
		// the two 1s have L=2 E=2 → 1 + ⌊5·6/14⌋ = 3.
		got := res.Customers
		if got[0].R != 5 || got[5].R != 1 || got[3].F != 1 || got[5].F != 1 || got[1].F != 3 || got[7].F != 3 {
			t.Errorf("got %+v", got)
		}
	})
}

// TestScoreRFMQuintiles: 600 customers (≥ 500) are scored by percentile.
// Customer i has recency i days, i%10 + 1 orders (each count held by 60
// customers) and spend 7i mod 600 (a permutation of 0…599, 7 being prime
// to 600).
func TestScoreRFMQuintiles(t *testing.T) {
	in := make([]metrics.RFMInput, 600)
	for i := range in {
		in[i] = metrics.RFMInput{CustomerID: int64(i), LastPurchase: daysAgo(i), Orders: i%10 + 1, NetSpend: float64(7 * i % 600)}
	}
	res, err := metrics.ScoreRFM(in, rfmAt, metrics.RFMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Mode != metrics.RFMQuintiles || res.N != 600 {
		t.Fatalf("mode %q n %d", res.Mode, res.N)
	}
	var rCount, fCount, mCount [6]int
	for _, c := range res.Customers {
		rCount[c.R]++
		fCount[c.F]++
		mCount[c.M]++
	}
	// Distinct R and M values: exactly 600/5 = 120 per score. F: each score
	// takes two order counts of 60 customers (see below).
	for s := 1; s <= 5; s++ {
		if rCount[s] != 120 || fCount[s] != 120 || mCount[s] != 120 {
			t.Errorf("score %d: R %d F %d M %d customers, want 120 each", s, rCount[s], fCount[s], mCount[s])
		}
	}
	for _, tc := range []struct {
		i       int
		r, f, m int
		seg     metrics.RFMSegment
	}{
		// i=0: −0 is the highest of 600 distinct −days: L=599 → 1 + ⌊5·1199/1200⌋ = 5.
		// 1 order: L=0 E=60 → 1 + ⌊5·60/1200⌋ = 1. spend 0: L=0 → 1 + ⌊5/1200⌋ = 1. FM 1.
		{0, 5, 1, 1, metrics.SegmentPotentialLoyalist},
		// i=119: L=480 → 1 + ⌊5·961/1200⌋ = 1 + 4 = 5 (the 120th most recent).
		// 10 orders: L=540 E=60 → 1 + ⌊5·1140/1200⌋ = 5. spend 833 mod 600 = 233:
		// 1 + ⌊5·467/1200⌋ = 2. FM ⌊(5+2+1)/2⌋ = 4 → Champions.
		{119, 5, 5, 2, metrics.SegmentChampions},
		// i=120: L=479 → 1 + ⌊5·959/1200⌋ = 1 + 3 = 4. 1 order → F1.
		// spend 840 mod 600 = 240: 1 + ⌊5·481/1200⌋ = 3. FM ⌊5/2⌋ = 2 → Potential loyalist.
		{120, 4, 1, 3, metrics.SegmentPotentialLoyalist},
		// i=250: L=349 → 1 + ⌊5·699/1200⌋ = 3. 1 order → F1. spend 1750 mod 600 = 550:
		// 1 + ⌊5·1101/1200⌋ = 5. FM ⌊7/2⌋ = 3 → Loyal.
		{250, 3, 1, 5, metrics.SegmentLoyal},
		// i=304: 5 orders: L=240 E=60 → 1 + ⌊5·540/1200⌋ = 3. spend 2128 mod 600 = 328:
		// 1 + ⌊5·657/1200⌋ = 3. R: L=295 → 1 + ⌊5·591/1200⌋ = 3. FM 3 → Loyal.
		{304, 3, 3, 3, metrics.SegmentLoyal},
		// i=599: L=0 → R1. 10 orders → F5. spend 4193 mod 600 = 593 → M5. FM 5 → At risk.
		{599, 1, 5, 5, metrics.SegmentAtRisk},
	} {
		c := res.Customers[tc.i]
		if c.R != tc.r || c.F != tc.f || c.M != tc.m || c.Segment != tc.seg {
			t.Errorf("customer %d: R%d F%d M%d %s, want R%d F%d M%d %s", tc.i, c.R, c.F, c.M, c.Segment, tc.r, tc.f, tc.m, tc.seg)
		}
	}
	// The sorted-population ranking agrees with PercentileScore's plain scan.
	spends, orders := make([]float64, len(in)), make([]float64, len(in))
	for i, c := range in {
		spends[i], orders[i] = c.NetSpend, float64(c.Orders)
	}
	for i, c := range res.Customers {
		if c.M != metrics.PercentileScore(spends, spends[i]) || c.F != metrics.PercentileScore(orders, orders[i]) {
			t.Fatalf("customer %d: F%d M%d disagree with PercentileScore", i, c.F, c.M)
		}
	}
	// Order counts k share one score: 1 + ⌊(k − ½)/2⌋ → 1,1,2,2,3,3,4,4,5,5.
	for i := range 10 {
		if want := 1 + (2*i+1)/4; res.Customers[i].F != want {
			t.Errorf("%d orders: F%d, want F%d", i+1, res.Customers[i].F, want)
		}
	}
}

// TestRFMSegmentMapRuleOrder checks every (R, FM) pair against DOMAIN.md's
// map applied literally, first matching rule winning.
func TestRFMSegmentMapRuleOrder(t *testing.T) {
	const (
		CH = metrics.SegmentChampions
		LO = metrics.SegmentLoyal
		PL = metrics.SegmentPotentialLoyalist
		NA = metrics.SegmentNeedAttention
		AR = metrics.SegmentAtRisk
		HI = metrics.SegmentHibernating
	)
	// Rows R5…R1, columns FM1…FM5.
	grid := [5][5]metrics.RFMSegment{
		{PL, PL, LO, CH, CH}, // R5: FM3 is Loyal (listed before Potential loyalist); FM1 is not New
		{PL, PL, LO, CH, CH}, // R4
		{PL, PL, LO, LO, LO}, // R3: Champions needs R ≥ 4
		{HI, NA, LO, LO, LO}, // R2: FM2 Need attention precedes At risk; FM1 Hibernating
		{HI, AR, AR, AR, AR}, // R1: FM1 Hibernating precedes Lost
	}
	for row := range 5 {
		for col := range 5 {
			r, fm := 5-row, col+1
			if got := metrics.RFMSegmentFor(r, fm); got != grid[row][col] {
				t.Errorf("R%d FM%d = %s, want %s", r, fm, got, grid[row][col])
			}
		}
	}
	if got := metrics.RFMSegmentFor(0, 3); got != metrics.SegmentNone {
		t.Errorf("R0 = %q, want none", got)
	}
	rules := metrics.RFMSegmentRules()
	if len(rules) != 8 || rules[0].Segment != CH || rules[3].Segment != metrics.SegmentNew || rules[7].Segment != metrics.SegmentLost {
		t.Errorf("rules = %+v", rules)
	}
}

func TestScoreRFMErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		in  []metrics.RFMInput
		opt metrics.RFMOptions
	}{
		"FuturePurchase": {in: []metrics.RFMInput{{CustomerID: 1, LastPurchase: rfmAt}}},
		"NegativeOrders": {in: []metrics.RFMInput{{CustomerID: 1, Orders: -1}}},
		"UnknownMode":    {opt: metrics.RFMOptions{Mode: "deciles"}},
		"Breakpoints": {opt: metrics.RFMOptions{Breakpoints: &metrics.RFMBreakpointSet{
			RecencyDays: [4]int{90, 30, 180, 365}, Frequency: [4]int{1, 2, 3, 4}, Monetary: [4]float64{1, 2, 3, 4}}}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := metrics.ScoreRFM(tc.in, rfmAt, tc.opt)
			if feedback.ErrorCode(err) != feedback.EINVALID {
				t.Errorf("err = %v, want EINVALID", err)
			}
		})
	}
}
