package spreadsheet

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"feedbackdesk/backend/feedback"
)

// Encodings reported by Source.Encoding (and accepted, case-insensitively,
// by Options.Encoding, where "UTF-8 BOM" is spelled "utf-8").
const (
	EncodingUTF8        = "UTF-8"
	EncodingUTF8BOM     = "UTF-8 BOM"
	EncodingUTF16LE     = "UTF-16LE"
	EncodingUTF16BE     = "UTF-16BE"
	EncodingGB18030     = "GB18030"
	EncodingWindows1252 = "Windows-1252"
)

// textInfo is what detection decided about a text file.
type textInfo struct {
	encoding string
	bom      int64 // bytes of byte-order mark to skip
	delim    rune
	sepLine  bool // the first line is Excel's "sep=;" hint
	crOnly   bool // classic Mac line endings: CR alone ends a line
}

func decoderFor(enc string) encoding.Encoding {
	switch enc {
	case EncodingUTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case EncodingUTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	case EncodingGB18030:
		return simplifiedchinese.GB18030
	case EncodingWindows1252:
		return charmap.Windows1252
	}
	return nil // UTF-8: read as is
}

// detectEncoding decides the encoding from the first bytes: a byte-order
// mark wins; NUL bytes mean UTF-16 without a mark (if they sit on one side
// of each code unit) or a binary file; valid UTF-8 is UTF-8; otherwise
// GB18030 (what Excel writes on Chinese Windows), unless the bytes are not
// even valid GB18030, in which case Windows-1252.
func detectEncoding(head []byte, whole bool) (string, int64, error) {
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		return EncodingUTF8BOM, 3, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return EncodingUTF16LE, 2, nil
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return EncodingUTF16BE, 2, nil
	}
	if bytes.IndexByte(head, 0) >= 0 {
		var even, odd int
		n := min(len(head), 4096) &^ 1
		for i := 0; i < n; i += 2 {
			if head[i] == 0 {
				even++
			}
			if head[i+1] == 0 {
				odd++
			}
		}
		switch half := n / 2; {
		case odd*10 > half*3 && even*20 < half:
			return EncodingUTF16LE, 0, nil
		case even*10 > half*3 && odd*20 < half:
			return EncodingUTF16BE, 0, nil
		}
		return "", 0, fileErr(feedback.EINVALID, "binary", "This is a binary file, not a spreadsheet or CSV text.")
	}
	if mostlyUTF8(head, whole) {
		return EncodingUTF8, 0, nil
	}
	dec, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(head)
	high := 0
	for _, b := range head {
		if b >= 0x80 {
			high++
		}
	}
	if bad := bytes.Count(dec, []byte("\uFFFD")); bad*20 > high {
		return EncodingWindows1252, 0, nil
	}
	return EncodingGB18030, 0, nil
}

// mostlyUTF8 reports whether the sample is UTF-8: valid, or with stray
// invalid bytes (a damaged cell) outnumbered 20:1 by valid multi-byte
// characters — GB18030 text almost never forms valid UTF-8 sequences. A
// character cut by the end of a partial sample is not held against it.
func mostlyUTF8(b []byte, whole bool) bool {
	var multi, bad int
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if !whole && len(b)-i < utf8.UTFMax && !utf8.FullRune(b[i:]) {
				break
			}
			bad++
		} else {
			multi++
		}
		i += size
	}
	return bad == 0 || multi >= 20*bad
}

// forcedEncoding maps an Options.Encoding name to a detected name.
func forcedEncoding(name string, head []byte) (string, int64, bool) {
	switch strings.ToLower(strings.ReplaceAll(name, "_", "-")) {
	case "utf-8", "utf8":
		if bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}) {
			return EncodingUTF8BOM, 3, true
		}
		return EncodingUTF8, 0, true
	case "utf-16le", "utf-16", "unicode":
		return EncodingUTF16LE, int64(boolInt(bytes.HasPrefix(head, []byte{0xFF, 0xFE})) * 2), true
	case "utf-16be":
		return EncodingUTF16BE, int64(boolInt(bytes.HasPrefix(head, []byte{0xFE, 0xFF})) * 2), true
	case "gb18030", "gbk", "gb2312":
		return EncodingGB18030, 0, true
	case "windows-1252", "cp1252", "latin1", "iso-8859-1":
		return EncodingWindows1252, 0, true
	}
	return "", 0, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// detectDelimiter parses the sample with each candidate separator (quotes
// respected) and keeps the one under which most records share the same
// field count (more than one field); ties go to more fields, then to the
// order , tab ; |. A first line "sep=;" (Excel's hint) decides outright.
func detectDelimiter(text string) (rune, bool) {
	if first, _, _ := strings.Cut(text, "\n"); strings.HasPrefix(strings.ToLower(first), "sep=") {
		if r, size := utf8.DecodeRuneInString(first[4:]); size > 0 && strings.TrimSpace(first[4+size:]) == "" {
			return r, true
		}
	}
	best, bestScore, bestFields := ',', 0, 0
	for _, cand := range []rune{',', '\t', ';', '|'} {
		cr := csv.NewReader(strings.NewReader(text))
		cr.Comma, cr.LazyQuotes, cr.FieldsPerRecord = cand, true, -1
		counts := map[int]int{}
		for range 50 {
			rec, err := cr.Read()
			if err != nil {
				break
			}
			counts[len(rec)]++
		}
		score, fields := 0, 0
		for n, c := range counts {
			if n > 1 && (c > score || c == score && n > fields) {
				score, fields = c, n
			}
		}
		if score > bestScore || score == bestScore && fields > bestFields {
			best, bestScore, bestFields = cand, score, fields
		}
	}
	return best, false
}

// sniffText detects encoding, line endings and delimiter from the head.
func sniffText(head []byte, whole bool, o Options) (textInfo, error) {
	var ti textInfo
	var err error
	var ok bool
	if ti.encoding, ti.bom, ok = forcedEncoding(o.Encoding, head); !ok {
		if ti.encoding, ti.bom, err = detectEncoding(head, whole); err != nil {
			return ti, err
		}
	}
	raw := head[ti.bom:]
	if dec := decoderFor(ti.encoding); dec != nil {
		raw, _, _ = transform.Bytes(dec.NewDecoder(), raw)
	}
	text := string(raw)
	ti.crOnly = strings.IndexByte(text, '\r') >= 0 && strings.IndexByte(text, '\n') < 0
	if ti.crOnly {
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if strings.TrimSpace(text) == "" && whole {
		return ti, fileErr(feedback.EINVALID, "empty", "The file has no rows.")
	}
	if i := strings.LastIndexByte(text, '\n'); !whole && i > 0 {
		text = text[:i+1] // drop the line the sample cut in two
	}
	ti.delim, ti.sepLine = detectDelimiter(text)
	if o.Delimiter != 0 {
		ti.delim = o.Delimiter
	}
	return ti, nil
}

// crReader turns lone carriage returns into line feeds (UTF-8 never uses
// 0x0D inside a multi-byte character, so bytes can be mapped one by one).
type crReader struct{ r io.Reader }

func (c crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i := range p[:n] {
		if p[i] == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// textRows reads records with encoding/csv and numbers them as Excel would.
type textRows struct {
	cr       *csv.Reader
	validate bool // UTF-8 input may hold invalid bytes; decoders emit U+FFFD themselves
	prevRow  int  // Excel row number of the previous record
	prevEnd  int  // line on which the previous record ended
}

func newTextRows(r io.ReaderAt, size int64, ti textInfo) (*textRows, error) {
	var in io.Reader = io.NewSectionReader(r, ti.bom, size-ti.bom)
	if dec := decoderFor(ti.encoding); dec != nil {
		in = transform.NewReader(in, dec.NewDecoder())
	}
	if ti.crOnly {
		in = crReader{in}
	}
	br := bufio.NewReaderSize(in, 64<<10)
	if ti.sepLine {
		if _, err := br.ReadString('\n'); err != nil && err != io.EOF {
			return nil, fileErr(feedback.ECORRUPT, "unreadable", "The file cannot be read: %v", err)
		}
	}
	cr := csv.NewReader(br)
	cr.Comma, cr.LazyQuotes, cr.FieldsPerRecord, cr.ReuseRecord = ti.delim, true, -1, true
	return &textRows{cr: cr, validate: decoderFor(ti.encoding) == nil}, nil
}

func (t *textRows) next() (Row, bool, error) {
	for {
		rec, err := t.cr.Read()
		if err == io.EOF {
			return Row{}, false, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return Row{}, false, fileErr(feedback.ECORRUPT, "corrupt", "The file cannot be read near line %d: %v", pe.StartLine, pe.Err)
			}
			return Row{}, false, fileErr(feedback.ECORRUPT, "unreadable", "The file cannot be read: %v", err)
		}
		start, _ := t.cr.FieldPos(0)
		last, _ := t.cr.FieldPos(len(rec) - 1)
		row := t.prevRow + start - t.prevEnd
		t.prevRow, t.prevEnd = row, last+strings.Count(rec[len(rec)-1], "\n")
		n := len(rec)
		for n > 0 && rec[n-1] == "" {
			n--
		}
		if n == 0 {
			continue // a blank row: counted, not yielded
		}
		for i, c := range rec[:n] {
			if t.validate && !utf8.ValidString(c) {
				rec[i] = strings.ToValidUTF8(c, "\uFFFD")
			}
		}
		return Row{Number: row, Cells: rec[:n]}, true, nil
	}
}

func (t *textRows) close() {}
