// Package metrics holds the pure survey arithmetic of Feedback Desk: the
// validity rules and normalisation of metric answers, NPS with its adjusted
// Wald interval and plain margin of error, CSAT with its Wilson interval, CES
// with net ease, significance tests for changes between two periods or
// segments, and percentile helpers.
//
// Every function here is pure: no I/O, no clock, no global state. The
// definitions follow the project's DOMAIN.md to the letter; each exported
// result carries its n, the counts it was computed from, and how many answers
// were skipped or invalid, so that every figure can be explained.
//
// Units: scores, shares, percentages, intervals and margins of error are in
// points on a 0–100 scale (NPS on −100…100). The one exception is the NPS
// standard error (NPS.SE), which is kept in fractions because the
// significance test is defined in fractions.
//
// Results never hold NaN or ±Inf, so they can always be encoded as JSON. A
// metric with no valid answers has Valid == false and zero figures.
package metrics

// Z95 is the two-sided 95% normal quantile the domain rules use (1.96, not
// 1.959964…), so that hand-computed figures match the app's to the digit.
const Z95 = 1.96

// MinSample is the smallest n for which a figure is more than indicative:
// with n < MinSample a metric is flagged Indicative and no change involving
// it is ever reported as significant (no arrows).
const MinSample = 30
