// Package importer turns spreadsheet rows into domain records: the column
// mapping (the hand-writable JSON the CLI and the UI share), suggestions
// with confidence from header text and values, value dictionaries, row
// conversion with row-level errors, and the streaming pipeline
// read → map → validate → dedupe → commit over a small Target interface
// (targets: survey responses, complaint tickets, customers and orders). It
// knows no SQL and no Wails.
package importer

import (
	"encoding/json"
	"feedbackdesk/backend/fileutil"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
)

// Response fields a column can fill; the names are a public contract.
const (
	FieldExternalID    = "external_id"
	FieldSubmittedAt   = "submitted_at"
	FieldCustomerID    = "customer_id"
	FieldCustomerName  = "customer_name"
	FieldCustomerPhone = "customer_phone"
	FieldCustomerEmail = "customer_email"
	FieldChannel       = "channel"
	FieldRegion        = "region"
	FieldProduct       = "product"
	FieldAgent         = "agent"
)

// Fields lists the response fields in display order.
var Fields = []string{FieldExternalID, FieldSubmittedAt, FieldCustomerID, FieldCustomerName, FieldCustomerPhone,
	FieldCustomerEmail, FieldChannel, FieldRegion, FieldProduct, FieldAgent}

// Mapping says how the columns of a file become records. Its JSON is the
// CLI's --mapping file format, which people write by hand:
//
//	{"sheet": "Sheet1", "header_row": 1, "timezone": "Asia/Shanghai", "date_order": "auto",
//	 "columns": {"提交时间": {"field": "submitted_at"}, "推荐意愿": {"question": "推荐意愿", "type": "nps", "metric": "nps"}},
//	 "values": {"满意度": {"非常满意": 5}}}
//
// Columns the file has but the mapping does not name are ignored.
type Mapping struct {
	Sheet     string                        `json:"sheet,omitempty"`
	HeaderRow int                           `json:"header_row,omitempty"` // 1-based; 0 = first non-empty row
	Timezone  string                        `json:"timezone,omitempty"`   // IANA zone of naive times; "" = Asia/Shanghai
	DateOrder string                        `json:"date_order,omitempty"` // auto (default), DMY, MDY, YMD
	Columns   map[string]ColumnSpec         `json:"columns"`
	Values    map[string]map[string]float64 `json:"values,omitempty"`
}

// ColumnSpec maps one column: exactly one of Field, Attribute, Question or
// Ignore is set.
type ColumnSpec struct {
	Field     string `json:"field,omitempty"`
	Attribute string `json:"attribute,omitempty"`
	Question  string `json:"question,omitempty"`
	Type      string `json:"type,omitempty"`   // nps, csat, ces, rating, single, multi, text
	Scale     []int  `json:"scale,omitempty"`  // [min, max] for numeric types
	Metric    string `json:"metric,omitempty"` // nps, csat, ces
	Ignore    bool   `json:"ignore,omitempty"`
}

// DefaultTimezone is the zone naive timestamps are read in by default.
const DefaultTimezone = "Asia/Shanghai"

// LoadMapping reads a mapping JSON file and validates it.
// A hand-written mapping is a few kilobytes; anything over MaxMappingSize
// is refused rather than read into memory.
func LoadMapping(path string) (*Mapping, error) {
	b, err := fileutil.ReadLimited(path, MaxMappingSize)
	if err != nil {
		return nil, err
	}
	return ParseMapping(b)
}

// MaxMappingSize is the largest mapping file LoadMapping reads (1 MiB).
const MaxMappingSize = 1 << 20

// ParseMapping decodes mapping JSON (unknown keys are refused, so a typo
// does not silently drop a column) and validates it.
func ParseMapping(b []byte) (*Mapping, error) {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	var m Mapping
	if err := dec.Decode(&m); err != nil {
		return nil, feedback.Errorf(feedback.EINVALID, "error.import.mapping_invalid", "The mapping is not valid JSON: %v", err).
			WithParams(map[string]any{"detail": err.Error()})
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return &m, nil
}

// Validate checks that every column spec names exactly one target, field
// names and question types are known, and scales make sense.
func (m *Mapping) Validate() error {
	bad := func(col, format string, args ...any) error {
		return feedback.Errorf(feedback.EINVALID, "error.import.mapping_invalid", "Column %q: %s", col, fmt.Sprintf(format, args...)).
			WithParams(map[string]any{"column": col, "detail": fmt.Sprintf(format, args...)})
	}
	switch m.DateOrder {
	case "", "auto", "DMY", "MDY", "YMD":
	default:
		return bad("", "date_order must be auto, DMY, MDY or YMD, not %q", m.DateOrder)
	}
	if m.HeaderRow < 0 {
		return bad("", "header_row counts from 1")
	}
	if _, err := m.Location(); err != nil {
		return err
	}
	fieldSeen := map[string]string{}
	for _, col := range m.ColumnNames() {
		c := m.Columns[col]
		n := 0
		for _, set := range []bool{c.Field != "", c.Attribute != "", c.Question != "", c.Ignore} {
			if set {
				n++
			}
		}
		if n != 1 {
			return bad(col, "give exactly one of field, attribute, question or ignore")
		}
		switch {
		case c.Field != "":
			if !slices.Contains(Fields, c.Field) && !slices.Contains(TicketFields, c.Field) &&
				!slices.Contains(CustomerFields, c.Field) && !slices.Contains(OrderFields, c.Field) {
				return bad(col, "unknown field %q", c.Field)
			}
			if other, dup := fieldSeen[c.Field]; dup {
				return bad(col, "field %q is also mapped from column %q", c.Field, other)
			}
			fieldSeen[c.Field] = col
		case c.Question != "":
			if c.Type != "" && !feedback.QuestionType(c.Type).Valid() {
				return bad(col, "unknown question type %q", c.Type)
			}
			if c.Metric != "" && !feedback.MetricRole(c.Metric).Valid() {
				return bad(col, "unknown metric %q", c.Metric)
			}
			if c.Scale != nil && (len(c.Scale) != 2 || c.Scale[0] >= c.Scale[1]) {
				return bad(col, "scale must be [min, max] with min < max")
			}
		}
	}
	return nil
}

// ColumnNames returns the mapped column names in a stable (sorted) order.
func (m *Mapping) ColumnNames() []string {
	out := make([]string, 0, len(m.Columns))
	for k := range m.Columns {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// JSON renders the mapping in its file format (indented).
func (m *Mapping) JSON() []byte {
	b, _ := json.MarshalIndent(m, "", "  ")
	return b
}

// Location loads the mapping's time zone (default Asia/Shanghai); an unknown
// zone is error.import.timezone_invalid.
func (m *Mapping) Location() (*time.Location, error) {
	name := m.Timezone
	if name == "" {
		name = DefaultTimezone
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, feedback.Errorf(feedback.EINVALID, "error.import.timezone_invalid", "Unknown time zone %q.", name).
			WithParams(map[string]any{"timezone": name})
	}
	return loc, nil
}

// FitsTarget reports whether the mapping can drive the named target: every
// field it names belongs to the target ("responses", "tickets",
// "customers" or "orders") and only responses map questions (orders map
// no attributes either). A mapping remembered for a header layout under
// one target is not offered to another.
func (m *Mapping) FitsTarget(target string) bool {
	fields := FieldsOf(target)
	for _, c := range m.Columns {
		if c.Field != "" && !slices.Contains(fields, c.Field) || target != "responses" && c.Question != "" ||
			target == "orders" && c.Attribute != "" {
			return false
		}
	}
	return true
}

// FieldsOf returns the fields of an import target (the response fields
// for an unknown name).
func FieldsOf(target string) []string {
	switch target {
	case "tickets":
		return TicketFields
	case "customers":
		return CustomerFields
	case "orders":
		return OrderFields
	}
	return Fields
}
