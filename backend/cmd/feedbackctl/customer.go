package main

import (
	"fmt"
	"strconv"

	"feedbackdesk/backend/customerrecords"
	"feedbackdesk/backend/sqlite"
)

// Registered here rather than in the commands literal of main.go so that
// this file is the whole of the customer command (issue 8, privacy).
func init() {
	commands["customer"] = command{"export everything about one customer, or erase / anonymise them",
		"export ID -o FILE [--lang zh|en] | erase ID [--anonymise]", runCustomer}
}

// runCustomer dispatches `customer export` and `customer erase`.
func runCustomer(e *env, args []string) error {
	return dispatch(e, "customer", map[string]func(*env, []string) error{
		"export": runCustomerExport, "erase": runCustomerErase}, args)
}

// customerID parses a positional customer ID.
func customerID(cmd, s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, usageErrorf("%s: ID must be a positive number, not %q", cmd, s)
	}
	return id, nil
}

// customerExportResult is what `customer export --json` prints.
type customerExportResult struct {
	ID        int64  `json:"id"`
	Path      string `json:"path"`
	Format    string `json:"format"`
	Responses int    `json:"responses"`
	Tickets   int    `json:"tickets"`
	Calls     int    `json:"calls"`
	Orders    int    `json:"orders"`
}

// runCustomerExport writes everything stored about one customer to -o
// FILE: JSON when FILE ends in .json, else an xlsx workbook.
func runCustomerExport(e *env, args []string) error {
	fs := e.flags("customer export")
	out := fs.String("o", "", "the file to write: .json for JSON, else xlsx")
	lang := fs.String("lang", "zh", "xlsx sheet and header language: zh or en")
	pos, err := positionals(fs, args, "ID")
	if err != nil {
		return err
	}
	id, err := customerID("customer export", pos[0])
	if err != nil {
		return err
	}
	if *out == "" {
		return usageErrorf("customer export: missing -o FILE")
	}
	if *lang != "zh" && *lang != "en" {
		return usageErrorf("customer export: --lang must be zh or en")
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	d, err := customerrecords.Load(e.ctx, db, id)
	if err != nil {
		return err
	}
	if err := customerrecords.WriteFile(d, *out, *lang); err != nil {
		return err
	}
	res := customerExportResult{ID: id, Path: *out, Format: customerrecords.FormatOf(*out), Responses: len(d.Responses),
		Tickets: len(d.Tickets), Calls: len(d.Calls), Orders: len(d.Orders)}
	if e.json {
		return e.printJSON(res)
	}
	fmt.Fprintf(e.stdout, "customer %d exported to %s (%s): %d responses, %d tickets, %d calls, %d orders\n",
		id, res.Path, res.Format, res.Responses, res.Tickets, res.Calls, res.Orders)
	return nil
}

// runCustomerErase erases one customer (and the records merged into it),
// or with --anonymise keeps the numbers and removes the identity.
func runCustomerErase(e *env, args []string) error {
	fs := e.flags("customer erase")
	anon := fs.Bool("anonymise", false, "keep orders, responses and tickets; remove name, contact details and words")
	pos, err := positionals(fs, args, "ID")
	if err != nil {
		return err
	}
	id, err := customerID("customer erase", pos[0])
	if err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	var res *sqlite.PrivacyResult
	action := "erased"
	if *anon {
		action = "anonymised"
		res, err = db.AnonymiseCustomer(e.ctx, id)
	} else {
		res, err = db.EraseCustomer(e.ctx, id)
	}
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(struct {
			Action string `json:"action"`
			*sqlite.PrivacyResult
		}{map[bool]string{true: "anonymise", false: "erase"}[*anon], res})
	}
	fmt.Fprintf(e.stdout, "customer %d %s (%d records): %d responses and %d tickets kept without their words, %d calls, %d orders",
		id, action, res.Customers, res.Responses, res.Tickets, res.Calls, res.Orders)
	if !res.Checkpointed {
		fmt.Fprint(e.stdout, "; the write-ahead log is still in use and will be emptied at the next checkpoint")
	}
	fmt.Fprintln(e.stdout)
	return nil
}
