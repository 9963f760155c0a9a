// Package customerrecords assembles everything stored about one customer —
// the dossier behind the profile screen and the privacy export — and
// writes it as JSON or as an xlsx workbook whose cells are inert. The
// store work (reading, merging, erasing) lives in backend/sqlite.
package customerrecords
