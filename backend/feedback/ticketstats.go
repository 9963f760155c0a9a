package feedback

import "time"

// TicketMonthCount is how many tickets of one category were opened in a
// month (yyyymm, reporting zone).
type TicketMonthCount struct {
	Month    int
	Category string
	Opened   int
}

// Resolution is an instant a ticket reached a resolved or closed status
// (a ticket resolved, reopened and resolved again has two).
type Resolution struct {
	TicketID int64
	At       time.Time
}
