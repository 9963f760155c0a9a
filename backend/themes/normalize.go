package themes

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds text for matching: NFKC (full-width letters, digits and
// punctuation become half-width; compatibility forms fold), lower case,
// and every run of white space becomes one space, trimmed.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isHan reports whether r is a CJK ideograph (the script matched anywhere).
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// isWordRune reports whether r is part of a Latin-style word.
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isHan(r) && !unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}
