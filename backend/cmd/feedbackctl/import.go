package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/importer"
	"feedbackdesk/backend/spreadsheet"
)

// importResult is the --json output of `feedbackctl import`: a public
// contract (fields may be added, never renamed).
type importResult struct {
	Rows             int               `json:"rows"`
	Imported         int               `json:"imported"`
	Duplicates       int               `json:"duplicates"`
	Rejected         int               `json:"rejected"`
	SurveyID         int64             `json:"survey_id"`
	Mapping          *importer.Mapping `json:"mapping"`
	Errors           []cliRowError     `json:"errors"`
	Valid            int               `json:"valid"`
	DryRun           bool              `json:"dry_run"`
	Aborted          bool              `json:"aborted"`
	Canceled         bool              `json:"canceled"`
	BatchID          int64             `json:"batch_id"`
	FileHash         string            `json:"file_hash"`
	RejectedByReason map[string]int    `json:"rejected_by_reason"`
	DateOrders       map[string]string `json:"date_orders"`
	ErrorsFile       string            `json:"errors_file,omitempty"`
	ElapsedMs        int64             `json:"elapsed_ms"`
}

type cliRowError struct {
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// runImport imports survey responses (--target responses, the default),
// complaint tickets (--target tickets), customer records (--target
// customers) or orders (--target orders) from a spreadsheet: validate every
// row, then write the valid ones in one transaction (or nothing with
// --on-error abort when any row is rejected, or with --dry-run). The JSON
// output has the same shape for every target (survey_id is 0 for the other targets).
func runImport(e *env, args []string) error {
	fs := e.flags("import")
	surveyID := fs.Int64("survey", 0, "existing survey ID")
	newSurvey := fs.String("new-survey", "", "create a survey with this name")
	sheet := fs.String("sheet", "", "worksheet of an xlsx file")
	mappingArg := fs.String("mapping", "auto", "auto, or a mapping JSON file")
	dryRun := fs.Bool("dry-run", false, "validate only; write nothing")
	onError := fs.String("on-error", "skip", "skip rejected rows, or abort the import")
	errorsOut := fs.String("errors", "", "write the rejected rows to this .xlsx")
	target := fs.String("target", "responses", "import target")
	pos, err := positionals(fs, args, "FILE")
	if err != nil {
		return err
	}
	switch {
	case *target != "responses" && *target != "tickets" && *target != "customers" && *target != "orders":
		return usageErrorf("import: unknown --target %q (available: responses, tickets, customers, orders)", *target)
	case *onError != "skip" && *onError != "abort":
		return usageErrorf("import: --on-error must be skip or abort")
	case *target != "responses" && (*surveyID != 0 || *newSurvey != ""):
		return usageErrorf("import: --survey and --new-survey do not apply to --target %s", *target)
	case *target == "responses" && (*surveyID != 0) == (*newSurvey != ""):
		return usageErrorf("import: give exactly one of --survey ID or --new-survey NAME")
	}
	path := pos[0]
	var m *importer.Mapping
	if *mappingArg != "auto" {
		if m, err = importer.LoadMapping(*mappingArg); err != nil {
			return err
		}
	}
	opts := spreadsheet.Options{Sheet: *sheet}
	if m != nil {
		if opts.Sheet == "" {
			opts.Sheet = m.Sheet
		}
		opts.HeaderRow = m.HeaderRow
	}
	src, err := spreadsheet.Open(path, opts)
	if err != nil {
		return err
	}
	defer src.Close()
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	if m == nil {
		if m, err = autoMapping(e, db, src, *target); err != nil {
			return err
		}
	}
	spool, err := importer.NewRejectSpool()
	if err != nil {
		return err
	}
	defer spool.Close()
	var t importer.Target
	resp := &importer.Responses{Store: db, SurveyID: *surveyID, NewSurveyName: *newSurvey}
	t = resp
	switch *target {
	case "tickets":
		t = &importer.Tickets{Store: db}
	case "customers":
		t = &importer.Customers{Store: db}
	case "orders":
		t = &importer.Orders{Store: db}
	}
	sum, err := importer.Run(e.ctx, src, t, importer.RunOptions{Mapping: m, DryRun: *dryRun, Abort: *onError == "abort",
		FileName: filepath.Base(path), FilePath: path, Rejected: spool.Add})
	if err != nil {
		return err
	}
	res := importResult{Rows: sum.Rows, Imported: sum.Imported, Duplicates: sum.Duplicates, Rejected: sum.Rejected,
		SurveyID: resp.Survey(), Mapping: m, Errors: []cliRowError{}, Valid: sum.Valid, DryRun: sum.DryRun, Aborted: sum.Aborted,
		Canceled: sum.Canceled, BatchID: sum.BatchID, FileHash: sum.FileHash, RejectedByReason: sum.RejectedByReason,
		DateOrders: sum.DateOrders, ElapsedMs: sum.Elapsed.Milliseconds()}
	for _, re := range sum.Errors {
		if len(res.Errors) < 100 {
			res.Errors = append(res.Errors, cliRowError{Row: re.Row, Column: re.Column, Code: re.Code, Message: re.Message})
		}
	}
	if *errorsOut != "" {
		h, _ := src.Header()
		if err := spool.WriteXLSX(*errorsOut, h); err != nil {
			return fmt.Errorf("import: write errors: %w", err)
		}
		res.ErrorsFile = *errorsOut
	}
	if sum.Canceled {
		return feedback.Errorf(feedback.ECANCELED, "error.import.canceled", "The import was interrupted; nothing was written.")
	}
	if e.json {
		return e.printJSON(res)
	}
	verb := "Imported"
	if sum.DryRun {
		verb = "Would import"
	}
	if sum.Aborted {
		verb = "Aborted (rows rejected): imported"
	}
	into := fmt.Sprintf("survey %d", resp.Survey())
	if *target != "responses" {
		into = *target
	}
	fmt.Fprintf(e.stdout, "%s %d of %d rows into %s: %d duplicates, %d rejected (%v).\n", verb, sum.Valid, sum.Rows,
		into, sum.Duplicates, sum.Rejected, sum.Elapsed.Round(time.Millisecond))
	for _, re := range res.Errors {
		fmt.Fprintf(e.stdout, "  row %d, %s: %s\n", re.Row, re.Column, re.Message)
	}
	return nil
}

// autoMapping returns the mapping remembered for the file's header layout,
// else the one suggested for the target.
func autoMapping(e *env, db interface {
	FindImportMapping(ctx context.Context, sig string) (string, bool, error)
}, src *spreadsheet.Source, target string) (*importer.Mapping, error) {
	in, err := importer.InspectFor(src, target)
	if err != nil {
		return nil, err
	}
	if s, ok, err := db.FindImportMapping(e.ctx, in.Header.Signature()); err != nil {
		return nil, err
	} else if ok {
		if m, err := importer.ParseMapping([]byte(s)); err == nil && m.FitsTarget(target) {
			return m, nil
		}
	}
	return in.Mapping, nil
}

// runParse decodes a spreadsheet and prints its header and rows as JSON
// lines: the isolated parser (a child process can run it on untrusted files).
func runParse(e *env, args []string) error {
	fs := e.flags("parse")
	sheet := fs.String("sheet", "", "worksheet of an xlsx file")
	headerRow := fs.Int("header-row", 0, "1-based header row (0 = first non-empty row)")
	pos, err := positionals(fs, args, "FILE")
	if err != nil {
		return err
	}
	src, err := spreadsheet.Open(pos[0], spreadsheet.Options{Sheet: *sheet, HeaderRow: *headerRow})
	if err != nil {
		return err
	}
	defer src.Close()
	h, err := src.Header()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	info := map[string]any{"format": src.Format(), "encoding": src.Encoding(), "delimiter": string(src.Delimiter()),
		"sheets": src.Sheets(), "sheet": src.Sheet(), "date1904": src.Date1904(), "header": h, "signature": h.Signature()}
	if src.Delimiter() == 0 {
		info["delimiter"] = ""
	}
	if !e.json {
		fmt.Fprintf(e.stdout, "%s, header on row %d: %d columns\n", src.Format(), h.Row, len(h.Columns))
	}
	if err := enc.Encode(info); err != nil {
		return err
	}
	rows := 0
	for row, err := range src.DataRows() {
		if err != nil {
			return err
		}
		rows++
		if e.json {
			if err := enc.Encode(map[string]any{"row": row.Number, "cells": row.Cells}); err != nil {
				return err
			}
		}
	}
	if !e.json {
		_, err = fmt.Fprintf(e.stdout, "%d data rows\n", rows)
	}

	return err
}
