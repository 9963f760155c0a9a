package export

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestInertNeutralisesFormulaStarts(t *testing.T) {
	for _, s := range []string{"=1+1", "+SUM(1)", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\tabc", "＝1+1", "＋1", "－1", "＠x", "  =1+1", "\u3000=1", "\n=1"} {
		got := Inert(s)
		if got != "'"+s {
			t.Errorf("Inert(%q) = %q, want a leading quote", s, got)
		}
		if Inert(got) != got {
			t.Errorf("Inert is not idempotent on %q", s)
		}
	}
	for _, s := range []string{"", "abc", "张三", "1+1", " ", "a=1", "'=1", "😀=1", "100"} {
		if got := Inert(s); got != s {
			t.Errorf("Inert(%q) = %q, want it unchanged", s, got)
		}
	}
}

func TestFitCellCutsWithVisibleMarker(t *testing.T) {
	short := strings.Repeat("好", MaxCellChars)
	if got, cut := FitCell(short); cut || got != short {
		t.Fatalf("a cell of exactly %d characters was changed", MaxCellChars)
	}
	long := strings.Repeat("a", 40000)
	got, cut := FitCellLang(long, "en")
	if !cut || utf16Len(got) > MaxCellChars {
		t.Fatalf("cut=%v len=%d", cut, utf16Len(got))
	}
	kept := strings.Index(got, "…")
	if want := "…[truncated " + strconv.Itoa(40000-kept) + " characters]"; !strings.HasSuffix(got, want) {
		t.Fatalf("marker: got suffix %q, want %q", got[len(got)-40:], want)
	}
	zh, _ := FitCell(long)
	if !strings.Contains(zh, "已截断") {
		t.Fatalf("default marker is not Chinese: %q", zh[len(zh)-40:])
	}
	// Emoji count two UTF-16 units each and are never split.
	emoji := strings.Repeat("😀", 20000)
	got, cut = FitCell(emoji)
	if !cut || !utf8.ValidString(got) || utf16Len(got) > MaxCellChars {
		t.Fatalf("emoji cut: cut=%v valid=%v len=%d", cut, utf8.ValidString(got), utf16Len(got))
	}
}

func TestXLSXTextKeepsWhatXMLCanHold(t *testing.T) {
	if got := XLSXText("a\tb\nc\r\x01d\x1f😀"); got != "a\tb\nc\r\uFFFDd\uFFFD😀" {
		t.Fatalf("XLSXText = %q", got)
	}
	if s := "张三 tab\t"; XLSXText(s) != s {
		t.Fatal("XLSXText changed text XML can hold")
	}
}
