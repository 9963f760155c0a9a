// Package dashboard assembles the satisfaction dashboard's survey figures
// for a period and scope: headline NPS, CSAT and CES with their intervals
// and the change against the previous period (arrows only when
// significant, DOMAIN.md), the monthly trend and the segment breakdowns.
//
// Whole-month periods — the dashboard's default — read the monthly
// summaries (Store.SummaryCounts), whose cost follows the months shown;
// any other day range reads the answers (Store.ScoreCounts). Both give the
// same counts for a whole month, and every figure comes out of
// metrics.Summarize, the function behind `feedbackctl metrics`.
package dashboard
