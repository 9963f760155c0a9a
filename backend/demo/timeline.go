package demo

import (
	"math/rand/v2"
	"sort"
	"time"
)

// timeline spreads events over the covered period with a seasonal pattern
// (Spring Festival dip, 618 and Double Eleven peaks), a growth trend and
// quieter weekends. Quantiles map to days through the cumulative weights, so
// increasing quantiles give increasing days and a stream can be generated in
// time order without holding it.
type timeline struct {
	days []time.Time // midnight (Asia/Shanghai) of each day
	cum  []float64   // cumulative weight up to and including each day
}

func newTimeline(start, end time.Time) timeline {
	var tl timeline
	total := 0.0
	span := end.Sub(start).Hours()
	for d := start; d.Before(end); d = d.AddDate(0, 0, 1) {
		progress := d.Sub(start).Hours() / span
		w := seasonal[d.Month()-1] * (0.85 + 0.3*progress)
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			w *= 0.7
		}
		total += w
		tl.days = append(tl.days, d)
		tl.cum = append(tl.cum, total)
	}
	return tl
}

// day returns the day at quantile q in [0, 1).
func (tl timeline) day(q float64) time.Time {
	x := q * tl.cum[len(tl.cum)-1]
	i := sort.SearchFloat64s(tl.cum, x)
	if i >= len(tl.days) {
		i = len(tl.days) - 1
	}
	return tl.days[i]
}

// at returns the instant of the i-th of n events: its day from the timeline,
// its time of day from the business-hours profile (or from the all-day
// profile when anytime is set). Results are in UTC.
func (tl timeline) at(rng *rand.Rand, i, n int, anytime bool) time.Time {
	d := tl.day((float64(i) + rng.Float64()) / float64(n))
	return d.Add(timeOfDay(rng, anytime)).UTC()
}

// Hour weights: business hours 9–18 with a lunch dip, some evenings.
var (
	businessHours = [24]float64{0, 0, 0, 0, 0, 0, 0, 0.1, 0.4, 1, 1.2, 1.1, 0.5, 0.7, 1.1, 1.1, 1, 0.9, 0.3, 0.1, 0.05, 0.02, 0, 0}
	allDayHours   = [24]float64{0.1, 0.05, 0.02, 0.02, 0.02, 0.05, 0.2, 0.5, 0.8, 1, 1, 1, 0.9, 0.9, 1, 1, 1, 0.9, 0.9, 1, 1.1, 1.1, 0.8, 0.4}
)

// timeOfDay draws an offset from midnight.
func timeOfDay(rng *rand.Rand, anytime bool) time.Duration {
	w := businessHours
	if anytime {
		w = allDayHours
	}
	h := pickWeighted(rng, w[:])
	return time.Duration(h)*time.Hour + time.Duration(rng.IntN(3600))*time.Second
}

// nextBusiness moves t (UTC) into working hours, Monday–Friday 09:00–18:00
// Shanghai time: unchanged if already inside, else the next opening plus a
// few minutes.
func nextBusiness(rng *rand.Rand, t time.Time) time.Time {
	l := t.In(shanghai)
	wd := l.Weekday()
	if wd != time.Saturday && wd != time.Sunday && l.Hour() >= 9 && l.Hour() < 18 {
		return t
	}
	d := time.Date(l.Year(), l.Month(), l.Day(), 9, 0, 0, 0, shanghai)
	if l.Hour() >= 9 {
		d = d.AddDate(0, 0, 1)
	}
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	return d.Add(time.Duration(5+rng.IntN(55)) * time.Minute).UTC()
}

// minutes returns a random duration between lo and hi minutes.
func minutes(rng *rand.Rand, lo, hi int) time.Duration {
	return time.Duration(lo+rng.IntN(hi-lo+1)) * time.Minute
}
