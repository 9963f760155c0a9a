package api

import "strings"

// saveTitle is the save dialog's title in the report's language.
func saveTitle(lang, what string) string {
	en := lang == "en"
	switch {
	case what == "report" && en:
		return "Save the satisfaction report"
	case what == "report":
		return "保存满意度报告"
	case en:
		return "Save the export"
	}
	return "保存导出文件"
}

// periodLabel names a period in a file name: "2026-10" for a month,
// "2026-10-01_2026-12-31" for a range, "" when open-ended on both sides.
func periodLabel(month, from, to string) string {
	if month != "" {
		return month
	}
	if from == "" && to == "" {
		return ""
	}
	return strings.Trim(from+"_"+to, "_")
}

// reportFileName is the save dialog's suggested name: 满意度月报-2026-10.xlsx
// or satisfaction-report-2026-10.xlsx (满意度报告-… for a custom period).
func reportFileName(req ReportRequest) string {
	base := "满意度月报"
	if req.Month == "" {
		base = "满意度报告"
	}
	if req.Lang == "en" {
		base = "satisfaction-report"
	}
	return joinName(base, periodLabel(req.Month, req.From, req.To), ".xlsx")
}

// exportFileName is the suggested export name: 问卷答卷-2026-10-01_2026-10-31.csv,
// tickets-….xlsx and so on.
func exportFileName(req ExportRequest, ext string) string {
	names := map[string][2]string{"responses": {"问卷答卷", "responses"}, "tickets": {"投诉工单", "tickets"}}
	n, ok := names[req.Kind]
	if !ok {
		n = [2]string{"导出", "export"}
	}
	base := n[0]
	if req.Lang == "en" {
		base = n[1]
	}
	return joinName(base, periodLabel("", req.From, req.To), ext)
}

func joinName(base, period, ext string) string {
	if period == "" {
		return base + ext
	}
	return base + "-" + period + ext
}
