package spreadsheet

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"feedbackdesk/backend/feedback"
)

// Column is one column named by the header row.
type Column struct {
	Index     int    `json:"index"`     // 0-based position in Row.Cells
	Letter    string `json:"letter"`    // Excel column letters: "A", "B", …, "AA"
	Name      string `json:"name"`      // unique name (see NewHeader)
	Raw       string `json:"raw"`       // the header cell as written
	Generated bool   `json:"generated"` // Name was made up because the cell was empty
}

// Header is the header row of a sheet: where it is and its columns.
type Header struct {
	Row     int      `json:"row"` // 1-based physical row number
	Columns []Column `json:"columns"`
}

// Header finds and names the header row: Options.HeaderRow if set, else
// the first non-empty row. A file without rows is error.file.empty; a
// HeaderRow that is blank or past the end is error.file.header_missing.
func (s *Source) Header() (*Header, error) {
	if s.header != nil {
		return s.header, nil
	}
	for row, err := range s.Rows() {
		if err != nil {
			return nil, err
		}
		if s.opts.HeaderRow > 0 && row.Number < s.opts.HeaderRow {
			continue
		}
		if s.opts.HeaderRow > 0 && row.Number > s.opts.HeaderRow {
			break
		}
		s.header = NewHeader(row.Number, row.Cells)
		return s.header, nil
	}
	if s.opts.HeaderRow > 0 {
		return nil, fileErr(feedback.EINVALID, "header_missing", "Row %d, chosen as the header, is empty or missing.", s.opts.HeaderRow).
			WithParams(map[string]any{"row": s.opts.HeaderRow})
	}
	return nil, fileErr(feedback.EINVALID, "empty", "The file has no rows.")
}

// NewHeader names the columns of the header cells found on row number.
// Names are the cell texts cleaned with CleanText. An empty cell is named
// after its Excel column letters, "Column C" (Generated is set so the UI
// may show a translation instead). A repeated name — compared as
// headerKey does: case, spacing and character width ignored — gets
// " (2)", " (3)"… in order of appearance, skipping suffixes already
// taken, so the same layout always yields the same names.
func NewHeader(number int, cells []string) *Header {
	h := &Header{Row: number, Columns: make([]Column, len(cells))}
	taken := make(map[string]bool, len(cells))
	for i, c := range cells {
		letter, _ := excelize.ColumnNumberToName(i + 1)
		taken[headerKey(c)] = true
		h.Columns[i] = Column{Index: i, Letter: letter, Raw: c, Name: CleanText(c)}
	}
	used := make(map[string]bool, len(cells))
	for i := range h.Columns {
		col := &h.Columns[i]
		if col.Name == "" {
			col.Name, col.Generated = "Column "+col.Letter, true
		}
		base, name := col.Name, col.Name
		for n := 2; used[headerKey(name)] || (name != base && taken[headerKey(name)]); n++ {
			name = base + " (" + strconv.Itoa(n) + ")"
		}
		col.Name = name
		used[headerKey(name)] = true
	}
	return h
}

// Signature identifies the header layout for remembering a column mapping:
// a hash of the normalised header texts in order (empty cells count as
// empty, so positions matter). Case, spacing and full-width/half-width
// differences do not change it; renaming, adding or reordering columns does.
func (h *Header) Signature() string {
	sum := sha256.New()
	for _, c := range h.Columns {
		sum.Write([]byte(headerKey(c.Raw)))
		sum.Write([]byte{0x1F})
	}
	return "h1-" + hex.EncodeToString(sum.Sum(nil)[:16])
}

// Lookup returns the column whose name matches name (compared like
// duplicate names are), or false.
func (h *Header) Lookup(name string) (Column, bool) {
	k := headerKey(name)
	for _, c := range h.Columns {
		if headerKey(c.Name) == k {
			return c, true
		}
	}
	return Column{}, false
}

// headerKey normalises a header text for comparison: width-folded,
// lower-cased, runs of white space collapsed to one space.
func headerKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(NormalizeValue(s)), " "))
}
