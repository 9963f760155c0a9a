package importer

import (
	"context"
	"slices"
	"time"

	"feedbackdesk/backend/spreadsheet"
)

// Env is what a target learns about the file before converting rows.
type Env struct {
	Header     *spreadsheet.Header
	Mapping    *Mapping
	Loc        *time.Location
	Date1904   bool
	XLSX       bool                             // cells are raw xlsx values (date serials)
	DateOrders map[string]spreadsheet.DateOrder // per column name, decided from the data
	FileName   string
	FileHash   string
	Signature  string // header signature, for remembering the mapping
}

// Target is one kind of record an import creates (Responses, Tickets,
// Customers, Orders). The pipeline drives it:
// Prepare once, Convert and Key every row, then either Present (dry run)
// or Begin → Writer.Write… → Writer.Commit (import), all in one transaction.
type Target interface {
	// Name is the target's identifier, e.g. "responses".
	Name() string
	// Prepare checks the mapping against the header and the database.
	Prepare(ctx context.Context, env *Env) error
	// Convert turns one data row into a record and its idempotency key,
	// or row errors (then the record is nil).
	Convert(row spreadsheet.Row) (rec any, key string, errs []RowError)
	// Present reports which keys are stored already (used by dry runs).
	Present(ctx context.Context, keys []string) (map[string]bool, error)
	// Begin opens the all-or-nothing write of the batch.
	Begin(ctx context.Context) (Writer, error)
}

// Writer writes one batch of records inside one transaction.
type Writer interface {
	// Write stores rec; inserted is false when its key is stored already.
	Write(ctx context.Context, rec any) (inserted bool, err error)
	// Commit records the batch with its counts and commits; it returns the batch ID.
	Commit(ctx context.Context, c Counts) (batchID int64, err error)
	// Rollback abandons the batch; safe after Commit.
	Rollback() error
}

// Counts are a run's row counts.
type Counts struct {
	Rows       int `json:"rows"`       // data rows read
	Valid      int `json:"valid"`      // rows that converted without errors
	Imported   int `json:"imported"`   // rows written (0 in a dry run)
	Duplicates int `json:"duplicates"` // valid rows already stored or repeated in the file
	Rejected   int `json:"rejected"`   // rows with errors
}

// RowError is one reason a row was rejected. Code is a stable identifier
// ("nps_not_integer"), Key its translation key ("error.import.nps_not_integer"),
// Params the values the translation interpolates, Message English text.
type RowError struct {
	Row     int            `json:"row"`
	Column  string         `json:"column"`
	Code    string         `json:"code"`
	Key     string         `json:"key"`
	Message string         `json:"message"`
	Params  map[string]any `json:"params,omitempty"`
}

// rowErr builds a RowError for code with English message text.
func rowErr(row int, column, code, msg string, params map[string]any) RowError {
	if params == nil {
		params = map[string]any{}
	}
	params["column"] = column
	return RowError{Row: row, Column: column, Code: code, Key: "error.import." + code, Message: msg, Params: params}
}

// compileColumns walks the mapping's columns once for a target: it checks
// that every mapped column exists in the file, that field columns name one
// of allowed (what is the target's field set, e.g. "survey response"), and
// collects field and attribute columns; question columns are handed to
// question, which a target without questions uses to refuse them.
func compileColumns(env *Env, allowed []string, what string,
	question func(name string, col spreadsheet.Column, spec ColumnSpec) error) (map[string]int, []attrCol, error) {
	fields, attrs := map[string]int{}, []attrCol(nil)
	m := env.Mapping
	for _, name := range m.ColumnNames() {
		spec := m.Columns[name]
		if spec.Ignore {
			continue
		}
		col, ok := env.Header.Lookup(name)
		if !ok {
			return nil, nil, mappingErr("column_missing", "The mapping names column %q, which the file does not have.", name).
				WithParams(map[string]any{"column": name})
		}
		switch {
		case spec.Field != "":
			if !slices.Contains(allowed, spec.Field) {
				return nil, nil, mappingErr("field_wrong_target", "Column %q maps to %q, which is not a %s field.", name, spec.Field, what).
					WithParams(map[string]any{"column": name, "field": spec.Field})
			}
			fields[spec.Field] = col.Index
		case spec.Attribute != "":
			attrs = append(attrs, attrCol{col: col, name: spec.Attribute})
		case spec.Question != "":
			if err := question(name, col, spec); err != nil {
				return nil, nil, err
			}
		}
	}
	return fields, attrs, nil
}
