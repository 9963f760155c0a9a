package report

import (
	"feedbackdesk/backend/dashboard"
)

// themeFigure is the dashboard's figure of one theme.
type themeFigure = dashboard.ThemeFigure

// groupName is the shown name of a segment value: customer tiers,
// channels and response sources are translated, an empty value is
// "(not set)", anything else is user text.
func (w *workbook) groupName(by, group string) string {
	if _, ok := labels[by+"."+group]; ok && (by == "tier" || by == "channel" || by == "source") {
		return w.l(by + "." + group)
	}
	return w.userText(orUnset(w, group))
}

// orUnset returns s, or the "(not set)" label when s is empty.
func orUnset(w *workbook, s string) string {
	if s == "" {
		return w.l("common.unset")
	}
	return s
}

// localName is the name of a codebook theme or ticket category in the
// report's language (the Chinese name when no English one is set, the key
// when neither is); such names are user text.
func (w *workbook) localName(key, name, nameEn string) string {
	n := name
	if w.o.Lang == "en" && nameEn != "" {
		n = nameEn
	}
	if n == "" {
		n = key
	}
	return w.userText(n)
}

// categoryName is a ticket category's name in the report's language (its
// key when the category is unknown); category names are user text.
func (w *workbook) categoryName(key string) string {
	if c, ok := w.fig.categories[key]; ok {
		return w.localName(key, c.Name, c.NameEN)
	}
	return w.userText(orUnset(w, key))
}
