package metrics_test

import (
	"math"
	"testing"

	"feedbackdesk/backend/metrics"
)

// Linear interpolation between closest ranks (Excel PERCENTILE.INC):
// h = (n − 1)·p/100 over the sorted values, x = x₍⌊h⌋₎ + frac(h)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
func TestPercentile(t *testing.T) {
	data := []float64{40, 10, 30, 20, 50} // sorted: 10 20 30 40 50
	tests := []struct {
		xs   []float64
		p    float64
		want float64
		ok   bool
	}{
		{data, 0, 10, true},   // h = 0
		{data, 50, 30, true},  // h = 2
		{data, 90, 46, true},  // h = 3.6 → 40 + 0.6·10 = 46
		{data, 100, 50, true}, // h = 4
		{data, 25, 20, true},  // h = 1
		{data, 10, 14, true},  // h = 0.4 → 10 + 0.4·10 = 14
		{[]float64{7}, 90, 7, true},
		// Ten durations 1…10: h = 9·0.9 = 8.1 → 9 + 0.1·1 = 9.1 (Excel gives 9.1).
		{[]float64{10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 90, 9.1, true},
		{nil, 50, 0, false},
		{data, -1, 0, false},
		{data, 101, 0, false},
		{data, math.NaN(), 0, false},
		{[]float64{1, math.NaN()}, 50, 0, false},
		{[]float64{1, math.Inf(1)}, 50, 0, false},
	}
	for _, tt := range tests {
		got, ok := metrics.Percentile(tt.xs, tt.p)
		if ok != tt.ok || math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Percentile(%v, %v) = %v, %v; want %v, %v", tt.xs, tt.p, got, ok, tt.want, tt.ok)
		}
	}
	if data[0] != 40 {
		t.Errorf("Percentile sorted its input: %v", data)
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		xs   []float64
		want float64
		ok   bool
	}{
		{[]float64{3, 1, 2}, 2, true},
		{[]float64{4, 1, 3, 2}, 2.5, true}, // mean of the two middle values
		{nil, 0, false},
	}
	for _, tt := range tests {
		if got, ok := metrics.Median(tt.xs); got != tt.want || ok != tt.ok {
			t.Errorf("Median(%v) = %v, %v; want %v, %v", tt.xs, got, ok, tt.want, tt.ok)
		}
	}
}
