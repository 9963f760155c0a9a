package report

// writeDefinitions writes the Definitions sheet: every figure of the
// report with its formula and denominator (DOMAIN.md), in the report's
// language.
func (w *workbook) writeDefinitions() error {
	sh := w.l("sheet.definitions")
	if err := w.heading(sh, "sheet.definitions"); err != nil {
		return err
	}
	if err := w.widths(sh, 24, 80, 44); err != nil {
		return err
	}
	if err := w.header(sh, 4, "def.col.term", "def.col.formula", "def.col.denominator"); err != nil {
		return err
	}
	r := 5
	for _, d := range definitions {
		i := 0
		if w.o.Lang == "en" {
			i = 1
		}
		if err := w.row(sh, r, cell{d.term[i], w.st.wrap}, cell{d.formula[i], w.st.wrap}, cell{d.denominator[i], w.st.wrap}); err != nil {
			return err
		}
		if err := w.f.SetRowHeight(sh, r, max(rowHeightFor(d.formula[i], 80), rowHeightFor(d.denominator[i], 44))); err != nil {
			return err
		}
		r++
	}
	return w.freeze(sh, 1, 5)
}
