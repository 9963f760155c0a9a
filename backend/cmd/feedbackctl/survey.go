package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/fileutil"
)

// surveySubcommands are the verbs of `feedbackctl survey`.
var surveySubcommands = map[string]func(e *env, args []string) error{
	"list":   runSurveyList,
	"export": runSurveyExport,
	"import": runSurveyImport,
}

// runSurvey dispatches `survey list|export|import`.
func runSurvey(e *env, args []string) error {
	if len(args) == 0 {
		return usageErrorf("survey: missing subcommand (list, export or import)")
	}
	sub, ok := surveySubcommands[args[0]]
	if !ok {
		return usageErrorf("survey: unknown subcommand %q (list, export or import)", args[0])
	}
	return sub(e, args[1:])
}

// surveyListItem is one entry of `survey list --json`: a public contract.
type surveyListItem struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Status    string `json:"status"`
	Responses int    `json:"responses"`
}

// runSurveyList prints every survey with its response count.
func runSurveyList(e *env, args []string) error {
	if _, err := positionals(e.flags("survey list"), args); err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	ss, _, err := db.FindSurveys(e.ctx, feedback.SurveyFilter{})
	if err != nil {
		return err
	}
	items := make([]surveyListItem, 0, len(ss))
	for _, s := range ss {
		title := s.Title
		if title == "" {
			title = s.TitleEN
		}
		items = append(items, surveyListItem{s.ID, title, string(s.Status), s.ResponseCount})
	}
	if e.json {
		return e.printJSON(items)
	}
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tSTATUS\tRESPONSES\tTITLE")
	for _, it := range items {
		fmt.Fprintf(w, "%d\t%s\t%d\t%s\n", it.ID, it.Status, it.Responses, it.Title)
	}
	return w.Flush()
}

// runSurveyExport writes a survey's definition (questions, no responses) as JSON.
func runSurveyExport(e *env, args []string) error {
	fs := e.flags("survey export")
	out := fs.String("o", "", "output file (default: standard output)")
	pos, err := positionals(fs, args, "ID")
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil {
		return usageErrorf("survey export: ID must be a number, not %q", pos[0])
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := db.FindSurveyByID(e.ctx, id)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(s.Definition(), "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if *out == "" {
		_, err = e.stdout.Write(data)
		return err
	}
	if err := fileutil.WriteAtomic(*out, data); err != nil {
		return feedback.Errorf(feedback.EINVALID, "error.export.write", "Cannot write %s: %v", *out, err)
	}
	if e.json {
		return e.printJSON(struct {
			Path string `json:"path"`
		}{*out})
	}
	_, err = fmt.Fprintf(e.stdout, "Survey %d written to %s\n", id, *out)
	return err
}

// runSurveyImport creates a new draft survey from a definition file.
func runSurveyImport(e *env, args []string) error {
	pos, err := positionals(e.flags("survey import"), args, "FILE")
	if err != nil {
		return err
	}
	data, err := fileutil.ReadLimited(pos[0], 4<<20)
	if err != nil {
		return err
	}
	s, err := feedback.ParseSurveyDefinition(data)
	if err != nil {
		return err
	}
	db, _, err := e.openDB(true)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.CreateSurvey(e.ctx, s); err != nil {
		return err
	}
	if e.json {
		return e.printJSON(surveyListItem{s.ID, s.Title, string(s.Status), 0})
	}
	_, err = fmt.Fprintf(e.stdout, "Survey %d created (draft): %s\n", s.ID, s.Title)
	return err
}
