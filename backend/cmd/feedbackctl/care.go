package main

import (
	"encoding/json"
	"fmt"
	"slices"

	"feedbackdesk/backend/careloop"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sqlite"
)

// Registered here rather than in the commands literal of main.go so that
// this file is the whole of the care command (issue 8).
func init() {
	commands["care"] = command{"list, switch and run the closed-loop care rules",
		"rules | run | set RULE [--off] [--params JSON]", runCare}
}

// runCare dispatches `care rules`, `care run` and `care set`.
func runCare(e *env, args []string) error {
	return dispatch(e, "care", map[string]func(*env, []string) error{
		"rules": runCareRules, "run": runCareRun, "set": runCareSet}, args)
}

// withCareDB parses a verb without arguments and runs fn on the opened
// database.
func withCareDB(e *env, verb string, args []string, fn func(*sqlite.DB) error) error {
	if _, err := positionals(e.flags("care "+verb), args); err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(db)
}

// runCareRules prints every rule: key, switch, parameters, items created.
func runCareRules(e *env, args []string) error {
	return withCareDB(e, "rules", args, func(db *sqlite.DB) error { return printCareRules(e, db) })
}

func printCareRules(e *env, db *sqlite.DB) error {
	rules, err := careloop.Rules(e.ctx, db)
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(rules)
	}
	for _, r := range rules {
		on := "off"
		if r.Enabled {
			on = "on"
		}
		p, _ := json.Marshal(r.Params)
		fmt.Fprintf(e.stdout, "%-18s %-3s  created %-5d %s\n", r.Key, on, r.Created, p)
	}
	return nil
}

// runCareRun applies every enabled rule now and prints what each created;
// running again creates nothing for triggers already handled.
func runCareRun(e *env, args []string) error {
	return withCareDB(e, "run", args, func(db *sqlite.DB) error { return printCareRun(e, db) })
}

func printCareRun(e *env, db *sqlite.DB) error {
	s, err := careloop.Run(e.ctx, db, db.CurrentTime())
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(s)
	}
	for _, r := range s.Rules {
		if r.Enabled {
			fmt.Fprintf(e.stdout, "%-18s created %d\n", r.Key, r.Created)
		} else {
			fmt.Fprintf(e.stdout, "%-18s off\n", r.Key)
		}
	}
	return nil
}

// runCareSet switches a rule on (or off with --off); --params is a JSON
// object whose fields replace the rule's current parameters.
func runCareSet(e *env, args []string) error {
	fs := e.flags("care set")
	off := fs.Bool("off", false, "switch the rule off")
	params := fs.String("params", "", `parameters to change, a JSON object such as {"npsMax":6,"priority":2}`)
	pos, err := positionals(fs, args, "RULE")
	if err != nil {
		return err
	}
	db, _, err := e.openDB(false)
	if err != nil {
		return err
	}
	defer db.Close()
	rules, err := careloop.Rules(e.ctx, db)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(rules, func(r careloop.Rule) bool { return r.Key == pos[0] })
	if i < 0 {
		return careloop.SaveRule(e.ctx, db, pos[0], false, careloop.Params{}) // the unknown-rule error
	}
	p := rules[i].Params
	if *params != "" {
		if err := json.Unmarshal([]byte(*params), &p); err != nil {
			return feedback.Errorf(feedback.EINVALID, "error.care.params_invalid", "--params is not a JSON object of rule parameters: %v", err)
		}
	}
	if err := careloop.SaveRule(e.ctx, db, pos[0], !*off, p); err != nil {
		return err
	}
	rules, err = careloop.Rules(e.ctx, db)
	if err != nil {
		return err
	}
	if e.json {
		return e.printJSON(rules[i])
	}
	fmt.Fprintf(e.stdout, "%s %s\n", pos[0], map[bool]string{true: "off", false: "on"}[*off])
	return nil
}
