package sla_test

import (
	"testing"
	"time"
)

// BenchmarkAddWorking measures deadlines on the Shanghai lunch-break
// calendar with the 春节 holidays: one business week (37.5 working hours)
// and a 168-working-hour target (about 22 business days), both started
// just before the holiday so the search crosses it.
func BenchmarkAddWorking(b *testing.B) {
	c := shanghaiLunch(b)
	start := local(b, mustLoc(b, "Asia/Shanghai"), "2026-02-11 10:17")
	for _, bc := range []struct {
		name string
		d    time.Duration
	}{
		{"1-business-week", 37*time.Hour + 30*time.Minute},
		{"168h", 168 * time.Hour},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.AddWorking(start, bc.d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWorkingTime measures W over a 30-day range on the same calendar.
func BenchmarkWorkingTime(b *testing.B) {
	c := shanghaiLunch(b)
	from := local(b, mustLoc(b, "Asia/Shanghai"), "2026-02-01 00:00")
	to := from.AddDate(0, 0, 30)
	b.ReportAllocs()
	for b.Loop() {
		c.WorkingTime(from, to)
	}
}
