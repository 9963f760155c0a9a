// Package redact masks the contact details and identity numbers people
// type into free text — e-mail addresses, mobile and landline phone
// numbers, resident ID numbers and card numbers — so that text kept for
// statistics after anonymisation no longer points at a person. The words
// around them are kept (they feed the verbatim themes).
package redact

import (
	"regexp"
	"strings"
)

// Mask replaces each detail found.
const Mask = "***"

var (
	email = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)
	// digits are runs of seven or more digits, optionally +86 / 86 first,
	// with single spaces or hyphens between groups (138 0013 8000,
	// 021-6234 5678): phones, ID and card numbers alike.
	digits = regexp.MustCompile(`(?:\+?86[ \-]?)?[0-9](?:[ \-]?[0-9]){6,}[0-9Xx]?`)
	// date is a calendar day written with hyphens (2026-11-23), not a number.
	date = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$`)
)

// minDigits is the shortest digit run masked: a local landline number
// without its area code has seven or eight digits; shorter runs are
// amounts, counts, dates and order lines.
const minDigits = 7

// Contacts returns s with every e-mail address and every run of seven or
// more digits (a phone, ID or card number; a trailing X of an ID number
// included) replaced by Mask, and how many it replaced. Full-width digits
// count as digits. A run that is part of a longer token of letters (a
// product code such as SN-AB1234567) is masked too: it may be an identity
// as well, and the words around it stay.
func Contacts(s string) (string, int) {
	if s == "" {
		return s, 0
	}
	n := 0
	s = email.ReplaceAllStringFunc(s, func(string) string { n++; return Mask })
	t := halfWidthDigits(s)
	if t != s {
		// Match on half-width digits, then cut the same byte ranges out of
		// the original text: widths differ, so rebuild from rune offsets.
		return maskRunes(s, t, &n), n
	}
	s = digits.ReplaceAllStringFunc(s, func(m string) string {
		if !isNumber(m) {
			return m
		}
		n++
		return Mask
	})
	return s, n
}

// maskRunes masks in orig the runs digits finds in conv, the same text with
// full-width digits made half-width (one rune for one rune).
func maskRunes(orig, conv string, n *int) string {
	or, cr := []rune(orig), []rune(conv)
	// byte offset in conv → rune index
	idx := make(map[int]int, len(cr)+1)
	b := 0
	for i, r := range cr {
		idx[b] = i
		b += len(string(r))
	}
	idx[b] = len(cr)
	var out strings.Builder
	last := 0
	for _, m := range digits.FindAllStringIndex(conv, -1) {
		if !isNumber(conv[m[0]:m[1]]) {
			continue
		}
		from, to := idx[m[0]], idx[m[1]]
		out.WriteString(string(or[last:from]))
		out.WriteString(Mask)
		last = to
		*n++
	}
	out.WriteString(string(or[last:]))
	return out.String()
}

// halfWidthDigits maps full-width digits ０–９ to 0–9 and leaves the rest.
func halfWidthDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '０' && r <= '９' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + (r - '０')
		}
		return r
	}, s)
}

// isNumber reports whether a digits match is a number to mask: enough
// digits, and not a date.
func isNumber(m string) bool {
	return countDigits(m) >= minDigits && !date.MatchString(m)
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}
