// Package report writes the monthly satisfaction report: one .xlsx
// workbook that service managers send upward, in Chinese or English.
//
// Sheets: Summary (KPIs with n, 95% interval, change against the previous
// period and whether it is significant, plus auto-written highlights),
// Trends (12-month tables with native Excel charts), Segments (channel,
// region, product, agent, customer tier), Complaints & SLA, Verbatims
// (detractor comments and complaint texts with their themes), Follow-ups
// (回访), Definitions (every formula and denominator, DOMAIN.md) and
// optionally Data (the period's responses, streamed).
//
// Every figure comes from the functions behind the dashboard and the CLI
// (dashboard.SurveyFigures, dashboard.ComplaintFigures,
// dashboard.ThemeFiguresFor, slaservice.Service.Figures,
// feedback.ComputeCallRates), never recomputed here, so the workbook shows
// the dashboard's numbers. Text that people typed is always written as a
// string cell, made inert (export.Inert) and fitted to Excel's cell limit.
//
// Generate writes to a temporary file beside the target and renames it
// into place; cancelling the context leaves no file behind.
package report
