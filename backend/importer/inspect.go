package importer

import (
	"slices"

	"feedbackdesk/backend/spreadsheet"
)

// Inspection is a first look at a file: its header, first rows, sample
// values and date orders per column, and suggested targets.
type Inspection struct {
	Header      *spreadsheet.Header
	Rows        []spreadsheet.Row // first data rows (copies)
	Samples     [][]string        // per column: up to 5 non-empty values
	DateOrders  []string          // per column: "", DMY, MDY, YMD or ambiguous
	DateProof   []string          // per column: DetectDateOrder's evidence
	Suggestions []Suggestion
	Mapping     *Mapping // suggested from Suggestions
}

const (
	inspectRows    = 20
	inspectProfile = 500 // rows read to profile the values
)

// Inspect reads the header and up to 500 data rows of src, with
// suggestions for the responses target.
func Inspect(src RowSource) (*Inspection, error) { return InspectFor(src, "responses") }

// InspectFor is Inspect with suggestions for the named target: "tickets"
// uses SuggestTickets, anything else the response suggestions.
func InspectFor(src RowSource, target string) (*Inspection, error) {
	h, err := src.Header()
	if err != nil {
		return nil, err
	}
	in := &Inspection{Header: h}
	values := make([][]string, len(h.Columns))
	n := 0
	for row, err := range src.DataRows() {
		if err != nil {
			return nil, err
		}
		if len(in.Rows) < inspectRows {
			in.Rows = append(in.Rows, spreadsheet.Row{Number: row.Number, Cells: slices.Clone(row.Cells)})
		}
		for i := range h.Columns {
			if v := cell(row, i); v != "" {
				values[i] = append(values[i], v)
			}
		}
		if n++; n >= inspectProfile {
			break
		}
	}
	in.Samples = make([][]string, len(h.Columns))
	in.DateOrders = make([]string, len(h.Columns))
	in.DateProof = make([]string, len(h.Columns))
	for i := range h.Columns {
		in.Samples[i] = values[i][:min(5, len(values[i]))]
		o, proof := spreadsheet.DetectDateOrder(values[i])
		if proof == "no dates recognised" {
			continue
		}
		in.DateOrders[i], in.DateProof[i] = o.String(), proof
		if o == spreadsheet.DateAuto {
			in.DateOrders[i] = "ambiguous"
		}
	}
	switch target {
	case "tickets":
		in.Suggestions = SuggestTickets(h, values)
	case "customers":
		in.Suggestions = suggestBy(h, values, customerHeaderRules, "attribute", 0.6)
	case "orders":
		in.Suggestions = suggestBy(h, values, orderHeaderRules, "ignore", 0.5)
	default:
		in.Suggestions = Suggest(h, values)
	}
	in.Mapping = SuggestMapping(in.Suggestions, 0.5)
	return in, nil
}
