package customerrecords

import (
	"context"
	"time"

	"feedbackdesk/backend/sqlite"
)

// Dossier is everything stored about one customer, in the shape of the
// JSON export (a public format: keys only ever get added).
type Dossier struct {
	// Format names the export format and its version.
	Format     string                 `json:"format"`
	ExportedAt string                 `json:"exportedAt"`
	Customer   Contact                `json:"customer"`
	Responses  []Response             `json:"responses"`
	Tickets    []Ticket               `json:"tickets"`
	Calls      []Call                 `json:"calls"`
	Orders     []Order                `json:"orders"`
	Merges     []sqlite.CustomerMerge `json:"merges"`
}

// FormatName is the Format of a dossier written by this version.
const FormatName = "feedbackdesk.customer/1"

// Contact is the customer record itself.
type Contact struct {
	ID           int64             `json:"id"`
	ExternalID   string            `json:"externalId"`
	Name         string            `json:"name"`
	Phone        string            `json:"phone"`
	Email        string            `json:"email"`
	Company      string            `json:"company"`
	Region       string            `json:"region"`
	Industry     string            `json:"industry"`
	Channel      string            `json:"channel"`
	Tier         string            `json:"tier"`
	Relationship string            `json:"relationship"`
	Consent      bool              `json:"consent"`
	DoNotContact bool              `json:"doNotContact"`
	Attributes   map[string]string `json:"attributes"`
	MergedIntoID *int64            `json:"mergedIntoId"`
	MergedFrom   []int64           `json:"mergedFrom"`
	AnonymisedAt string            `json:"anonymisedAt"`
	CreatedAt    string            `json:"createdAt"`
	UpdatedAt    string            `json:"updatedAt"`
}

// Response is one of the customer's survey responses with its answers.
type Response struct {
	ID          int64    `json:"id"`
	SurveyID    int64    `json:"surveyId"`
	Survey      string   `json:"survey"`
	SubmittedAt string   `json:"submittedAt"`
	Source      string   `json:"source"`
	Channel     string   `json:"channel"`
	Note        string   `json:"note"`
	Answers     []Answer `json:"answers"`
}

// Answer is one answer of a response.
type Answer struct {
	QuestionID int64    `json:"questionId"`
	Question   string   `json:"question"`
	Type       string   `json:"type"`
	Role       string   `json:"role"`
	ScaleMin   int      `json:"scaleMin"`
	ScaleMax   int      `json:"scaleMax"`
	Number     *float64 `json:"number"`
	Text       string   `json:"text"`
	Status     string   `json:"status"`
}

// Ticket is one of the customer's tickets with its event log.
type Ticket struct {
	ID             int64   `json:"id"`
	Title          string  `json:"title"`
	Description    string  `json:"description"`
	Category       string  `json:"category"`
	Priority       int     `json:"priority"`
	Status         string  `json:"status"`
	StatusCategory string  `json:"statusCategory"`
	ResponseID     *int64  `json:"responseId"`
	CreatedAt      string  `json:"createdAt"`
	UpdatedAt      string  `json:"updatedAt"`
	Events         []Event `json:"events"`
}

// Event is one entry of a ticket's log.
type Event struct {
	At        string `json:"at"`
	Kind      string `json:"kind"`
	Actor     string `json:"actor"`
	From      string `json:"from"`
	To        string `json:"to"`
	Direction string `json:"direction"`
	Channel   string `json:"channel"`
	Body      string `json:"body"`
}

// Call is one follow-up call attempt.
type Call struct {
	ID          int64  `json:"id"`
	AttemptAt   string `json:"attemptAt"`
	Disposition string `json:"disposition"`
	Reason      string `json:"reason"`
	ResponseID  *int64 `json:"responseId"`
	TicketID    *int64 `json:"ticketId"`
	SurveyID    *int64 `json:"surveyId"`
	CallbackAt  string `json:"callbackAt"`
	Note        string `json:"note"`
}

// Order is one purchase.
type Order struct {
	ID         int64   `json:"id"`
	ExternalID string  `json:"externalId"`
	OrderedAt  string  `json:"orderedAt"`
	Amount     float64 `json:"amount"`
	Refund     float64 `json:"refund"`
}

// ts renders an instant as RFC 3339 in UTC ("" for the zero time).
func ts(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// Load reads customer id's dossier as of now.
func Load(ctx context.Context, db *sqlite.DB, id int64) (*Dossier, error) {
	r, err := db.ReadCustomerRecord(ctx, id)
	if err != nil {
		return nil, err
	}
	return FromRecord(r, db.CurrentTime()), nil
}

// FromRecord shapes a stored record as a dossier exported at `now`.
func FromRecord(r *sqlite.CustomerRecord, now time.Time) *Dossier {
	c := r.Customer
	d := &Dossier{Format: FormatName, ExportedAt: ts(now),
		Customer: Contact{ID: c.ID, ExternalID: c.ExternalID, Name: c.Name, Phone: c.Phone, Email: c.Email,
			Company: c.Company, Region: c.Region, Industry: c.Industry, Channel: c.Channel, Tier: string(c.Tier),
			Relationship: string(c.Relationship), Consent: c.Consent, DoNotContact: c.DoNotContact,
			Attributes: c.Attributes, MergedIntoID: c.MergedIntoID, MergedFrom: r.MergedFrom,
			CreatedAt: ts(c.CreatedAt), UpdatedAt: ts(c.UpdatedAt)},
		Responses: []Response{}, Tickets: []Ticket{}, Calls: []Call{}, Orders: []Order{}, Merges: r.Merges,
	}
	if d.Customer.Attributes == nil {
		d.Customer.Attributes = map[string]string{}
	}
	if d.Customer.MergedFrom == nil {
		d.Customer.MergedFrom = []int64{}
	}
	if d.Merges == nil {
		d.Merges = []sqlite.CustomerMerge{}
	}
	if r.AnonymisedAt != nil {
		d.Customer.AnonymisedAt = ts(*r.AnonymisedAt)
	}
	for _, a := range r.Answers {
		if n := len(d.Responses); n == 0 || d.Responses[n-1].ID != a.ResponseID {
			d.Responses = append(d.Responses, Response{ID: a.ResponseID, SurveyID: a.SurveyID, Survey: a.SurveyTitle,
				SubmittedAt: ts(a.SubmittedAt), Source: a.Source, Channel: a.Channel, Note: a.Note, Answers: []Answer{}})
		}
		resp := &d.Responses[len(d.Responses)-1]
		resp.Answers = append(resp.Answers, Answer{QuestionID: a.QuestionID, Question: a.Question, Type: a.Type, Role: a.Role,
			ScaleMin: a.ScaleMin, ScaleMax: a.ScaleMax, Number: a.Number, Text: a.Text, Status: a.Status})
	}
	byTicket := map[int64][]Event{}
	for _, e := range r.Events {
		byTicket[e.TicketID] = append(byTicket[e.TicketID], Event{At: ts(e.At), Kind: e.Kind, Actor: e.Actor, From: e.From,
			To: e.To, Direction: e.Direction, Channel: e.Channel, Body: e.Body})
	}
	for _, t := range r.Tickets {
		evs := byTicket[t.ID]
		if evs == nil {
			evs = []Event{}
		}
		d.Tickets = append(d.Tickets, Ticket{ID: t.ID, Title: t.Title, Description: t.Description, Category: t.Category,
			Priority: t.Priority, Status: t.Status, StatusCategory: t.StatusCat, ResponseID: t.ResponseID,
			CreatedAt: ts(t.CreatedAt), UpdatedAt: ts(t.UpdatedAt), Events: evs})
	}
	for _, f := range r.Calls {
		cb := ""
		if f.CallbackAt != nil {
			cb = ts(*f.CallbackAt)
		}
		d.Calls = append(d.Calls, Call{ID: f.ID, AttemptAt: ts(f.AttemptAt), Disposition: string(f.Disposition), Reason: f.Reason,
			ResponseID: f.ResponseID, TicketID: f.TicketID, SurveyID: f.SurveyID, CallbackAt: cb, Note: f.Note})
	}
	for _, o := range r.Orders {
		d.Orders = append(d.Orders, Order{ID: o.ID, ExternalID: o.ExternalID, OrderedAt: ts(o.OrderedAt), Amount: o.Amount, Refund: o.Refund})
	}
	return d
}
