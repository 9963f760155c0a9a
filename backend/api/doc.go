// Package api is what the frontend sees: typed facades bound into Wails and
// their DTOs (dates as ISO strings). Errors leave this package encoded as
// JSON {code, key, message, params}, because Wails hands a Go error to
// JavaScript as a plain string. It knows nothing of SQL or of the Wails
// runtime; those arrive through the small interfaces declared here.
package api
