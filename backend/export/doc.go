// Package export writes the data exports a service manager takes into
// Excel: every survey response, or every complaint ticket, of a period as
// .xlsx or CSV. The files are made to be trusted: rows stream from SQLite
// (memory does not grow with the period), no cell can run as a formula
// (text is written as strings; a leading = + - @ tab or CR is neutralised
// with a single quote, as OWASP advises for CSV injection), text longer
// than an Excel cell holds is cut with a visible marker and counted, and
// the file appears only when complete (temp file beside the target, then
// rename; cancellation or an error leaves nothing behind).
//
// Layout of the responses export ("long" or tidy would lose Excel's
// one-row-per-response filtering, so it is wide): one row per response;
// fixed columns first (response ID, survey ID, survey, submitted time,
// source, channel, customer name/phone/email/company, region, product,
// agent, comment, tags, import batch), then one column per question. With a
// single survey the question columns are headed by the question labels;
// with several surveys each question column is headed
// "S<survey ID>.Q<position> <label>" and questions of the other surveys are
// blank, so a pivot or re-import finds every question in a stable column
// whatever the period holds. Rows come in the order they were recorded
// (response or ticket ID order is what SQLite streams without sorting the
// period; the submitted/created column sorts them in Excel).
package export
