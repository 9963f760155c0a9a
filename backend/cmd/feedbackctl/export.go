package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"feedbackdesk/backend/export"
)

// The export command registers itself here rather than in main.go's map,
// so it lands without touching the command table others edit.
func init() {
	commands["export"] = command{"write every response or ticket of a period to an xlsx or CSV file (formula-safe)",
		"responses|tickets [--from DATE] [--to DATE] [--format xlsx|csv] [--encoding utf8bom|gb18030] [--survey ID]… [--lang zh|en] [--progress] -o FILE",
		runExport}
}

// runExport writes a data export. The format defaults to the extension of
// -o (.csv → csv, anything else xlsx). With --json it prints export.Result,
// a public contract; otherwise one line saying what was written.
func runExport(e *env, args []string) error {
	fs := e.flags("export")
	from := fs.String("from", "", "first day, YYYY-MM-DD (default: the first response or ticket)")
	to := fs.String("to", "", "last day (inclusive), YYYY-MM-DD (default: the last)")
	format := fs.String("format", "", "xlsx or csv (default: from the file extension)")
	encoding := fs.String("encoding", "", "csv only: utf8bom (default) or gb18030")
	lang := fs.String("lang", "zh", "header language: zh or en")
	out := fs.String("o", "", "the file to write (an existing file is replaced when the export completes)")
	showProgress := fs.Bool("progress", false, "show progress on stderr even when it is not a terminal")
	var surveys surveyList
	fs.Var(&surveys, "survey", "responses only: survey ID (repeatable; default: every survey)")
	pos, err := positionals(fs, args, "responses|tickets")
	if err != nil {
		return err
	}
	kind := pos[0]
	if kind != export.KindResponses && kind != export.KindTickets {
		return usageErrorf("export: export responses or tickets, not %q", kind)
	}
	if *out == "" {
		return usageErrorf("export: missing -o FILE")
	}
	if *format == "" {
		*format = export.FormatXLSX
		if strings.EqualFold(filepath.Ext(*out), ".csv") {
			*format = export.FormatCSV
		}
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	var progress func(done, total int)
	line := e.progressLine(*showProgress, "exporting")
	if line != nil {
		progress = func(done, total int) { line.show("", done, total) }
	}
	res, err := export.Write(e.ctx, db, export.Options{Kind: kind, From: *from, To: *to, Format: *format, Encoding: *encoding,
		SurveyIDs: surveys, Lang: *lang}, *out, progress)
	line.end()
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(res)
	}
	enc := ""
	if res.Encoding != "" {
		enc = ", " + res.Encoding
	}
	_, err = fmt.Fprintf(e.stdout, "Wrote %d %s to %s (%s%s, %d bytes); %d cells made formula-safe, %d cut at Excel's cell limit\n",
		res.Rows, res.Kind, res.Path, res.Format, enc, res.Bytes, res.Neutralized, res.Truncated)
	return err
}
