// Package themes finds the topics of verbatim feedback — survey comments
// and complaint descriptions — with an editable codebook of themes, each a
// list of keyword rules in Chinese and English, and discovers frequent
// phrases that no theme covers yet (character n-grams for Chinese text,
// which has no spaces; word n-grams for Latin text).
//
// Matching is on normalised text (Normalize): full-width forms folded to
// half-width (NFKC), letters case-folded, runs of space collapsed. A
// Chinese keyword matches anywhere; a Latin keyword matches whole words
// (so "price" does not match "priceless" and "wait" matches "wait" but not
// "waiter"), with a trailing "*" for a prefix ("refund*" matches
// "refunded"). A theme also has exclusion phrases: text containing one
// does not get the theme ("没有等待" does not mean waiting).
//
// The package is pure: no SQL, no clock.
package themes
