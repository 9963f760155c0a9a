package api

import (
	"context"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"time"

	"feedbackdesk/backend/customerrecords"
	"feedbackdesk/backend/customerscore"
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/slaservice"
	"feedbackdesk/backend/sqlite"
)

// CustomerRecords is the bound facade of one customer's records: the profile (satisfaction history, complaints with SLA outcomes, follow-up calls, orders), duplicates and merging, and privacy (export everything about one customer, erase or anonymise, the retention job).
type CustomerRecords struct {
	ctx     context.Context
	db      *sqlite.DB
	dialogs Dialogs
	events  Events
	// scores remembers the last scoring of all customers (a profile
	// needs the whole population for its RFM ranks).
	scores customerscore.Memo
}

// NewCustomerRecords returns the facade; it does no I/O.
func NewCustomerRecords(dialogs Dialogs, events Events) *CustomerRecords {
	return &CustomerRecords{ctx: context.Background(), dialogs: dialogs, events: events}
}

// AttachCustomerRecords gives f the app context and the opened database. It is a
// function, not a method, so that Wails does not bind it.
//
// It also starts the retention job: when a retention period is set, the
// responses older than it are anonymised now and then once a day while the
// app runs (each run logged).
func AttachCustomerRecords(f *CustomerRecords, ctx context.Context, db *sqlite.DB) {
	f.ctx, f.db = ctx, db
	if db != nil {
		go f.retentionLoop(RetentionInterval)
	}
}

// RetentionInterval is how often the retention job runs while the app is open.
const RetentionInterval = 24 * time.Hour

// retentionLoop runs the retention job at once and then every interval
// until the app context ends; with no period set a run does nothing.
func (f *CustomerRecords) retentionLoop(interval time.Duration) {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		if n, err := f.db.RetentionMonths(f.ctx); err == nil && n > 0 {
			if r, err := f.db.RunRetention(f.ctx, n); err != nil {
				slog.Warn("retention job", "err", err)
			} else if r.Responses > 0 {
				f.changed()
			}
		}
		select {
		case <-f.ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// CustomerRecordsChanged is the event emitted after a merge, an erasure,
// an anonymisation or a retention run, so open customer lists reload.
const CustomerRecordsChanged = "customers:changed"

func (f *CustomerRecords) changed() {
	if f.events != nil {
		f.events.Emit(f.ctx, CustomerRecordsChanged, nil)
	}
}

// Profile returns customer id's profile: contact fields, attributes,
// consent, every NPS/CSAT answer over time, complaints with their SLA
// outcome, follow-up calls, orders, the score breakdown now, and merges.
func (f *CustomerRecords) Profile(id int64) (CustomerProfile, error) {
	return guard(f.db != nil, func() (CustomerProfile, error) {
		r, err := f.db.ReadCustomerRecord(f.ctx, id)
		if err != nil {
			return CustomerProfile{}, err
		}
		now := f.db.CurrentTime()
		c := r.Customer
		p := CustomerProfile{ID: c.ID, ExternalID: c.ExternalID, Name: c.Name, Phone: c.Phone, Email: c.Email, Company: c.Company,
			Region: c.Region, Industry: c.Industry, Channel: c.Channel, Consent: c.Consent, DoNotContact: c.DoNotContact,
			CreatedAt: iso(c.CreatedAt), Tier: string(c.Tier), Relationship: string(c.Relationship), MergedFrom: nonNil(r.MergedFrom),
			Attributes: []AttributeDTO{}, Satisfaction: []SatisfactionDTO{}, Complaints: []ComplaintDTO{}, Calls: []ProfileCallDTO{},
			Orders: []ProfileOrderDTO{}, Merges: []MergeDTO{}}
		if c.MergedIntoID != nil {
			p.MergedIntoID = *c.MergedIntoID
		}
		if r.AnonymisedAt != nil {
			p.AnonymisedAt = iso(*r.AnonymisedAt)
		}
		keys := make([]string, 0, len(c.Attributes))
		for k := range c.Attributes {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p.Attributes = append(p.Attributes, AttributeDTO{Key: k, Value: c.Attributes[k]})
		}
		p.Satisfaction = satisfaction(r.Answers)
		sla := slaservice.New(f.db)
		for _, t := range r.Tickets {
			d := ComplaintDTO{ID: t.ID, Title: t.Title, Category: t.Category, Priority: t.Priority, Status: t.Status,
				StatusCategory: t.StatusCat, CreatedAt: iso(t.CreatedAt), SLA: "none", Targets: []SLATarget{}}
			if t.ResponseID != nil {
				d.ResponseID = *t.ResponseID
			}
			ts, err := sla.Ticket(f.ctx, t.ID, now, false)
			if err != nil {
				return CustomerProfile{}, err
			}
			if ts.Result != nil {
				d.Targets = slaTargets(ts.Result)
				d.SLA = slaOutcome(ts, d.Targets)
			}
			p.Complaints = append(p.Complaints, d)
		}
		for _, x := range r.Calls {
			d := ProfileCallDTO{ID: x.ID, At: iso(x.AttemptAt), Disposition: string(x.Disposition), Reason: x.Reason, Note: x.Note}
			if x.TicketID != nil {
				d.TicketID = *x.TicketID
			}
			if x.ResponseID != nil {
				d.ResponseID = *x.ResponseID
			}
			p.Calls = append(p.Calls, d)
		}
		for _, o := range r.Orders {
			p.Orders = append(p.Orders, ProfileOrderDTO{ID: o.ID, ExternalID: o.ExternalID, At: iso(o.OrderedAt), Amount: o.Amount, Refund: o.Refund})
			p.OrderTotals.Count++
			p.OrderTotals.Amount += o.Amount
			p.OrderTotals.Refund += o.Refund
		}
		p.OrderTotals.Net = p.OrderTotals.Amount - p.OrderTotals.Refund
		for _, m := range r.Merges {
			p.Merges = append(p.Merges, mergeDTO(m))
		}
		if c.MergedIntoID == nil {
			res, err := f.scores.Compute(f.ctx, customerscore.New(f.db), now)
			if err != nil {
				return CustomerProfile{}, err
			}
			if s := res.Find(id); s != nil {
				p.Score = &ProfileScore{Score: s.Score, Tier: string(s.Tier), Partial: s.Partial, Missing: nonNil(s.Missing),
					Components: s.Components, Contributions: s.Contributions, Weights: s.Weights, RFMSegment: string(s.RFM.Segment),
					Recency: s.RFM.R, Frequency: s.RFM.F, Monetary: s.RFM.M, Lifecycle: string(s.Lifecycle),
					Relationship: string(s.Relationship), Complaints: s.Complaints, Breaches: s.Breaches, At: iso(res.At)}
			}
		}
		return p, nil
	})
}

// satisfaction lists the NPS and CSAT answers (valid ones) in time order,
// each with its response's text answers as the comment.
func satisfaction(answers []sqlite.CustomerAnswerRow) []SatisfactionDTO {
	comments := map[int64][]string{}
	for _, a := range answers {
		if a.Type == "text" && strings.TrimSpace(a.Text) != "" {
			comments[a.ResponseID] = append(comments[a.ResponseID], strings.TrimSpace(a.Text))
		}
	}
	out := []SatisfactionDTO{}
	for _, a := range answers {
		if (a.Role != "nps" && a.Role != "csat") || a.Status != "valid" || a.Number == nil {
			continue
		}
		out = append(out, SatisfactionDTO{ResponseID: a.ResponseID, SurveyID: a.SurveyID, Survey: a.SurveyTitle,
			At: iso(a.SubmittedAt), Metric: a.Role, Value: *a.Number, ScaleMin: a.ScaleMin, ScaleMax: a.ScaleMax,
			Comment: strings.Join(comments[a.ResponseID], " / ")})
	}
	return out
}

// slaOutcome summarises a ticket's targets: breached if any is, at_risk
// if a running one passed a warning, running if any still runs, else met.
func slaOutcome(ts *slaservice.TicketSLA, targets []SLATarget) string {
	switch {
	case ts.Breached():
		return "breached"
	case ts.AtRisk():
		return "at_risk"
	}
	met := false
	for _, t := range targets {
		switch t.State {
		case "running", "paused", "not_started":
			return "running"
		case "met":
			met = true
		}
	}
	if met {
		return "met"
	}
	return "none"
}

func mergeDTO(m sqlite.CustomerMerge) MergeDTO {
	return MergeDTO{ID: m.ID, KeptID: m.KeptID, MergedID: m.MergedID, Responses: m.Responses, Tickets: m.Tickets,
		Calls: m.Calls, Orders: m.Orders, At: iso(m.MergedAt)}
}

// Duplicates returns the groups of active records sharing a normalised
// phone number or email address.
func (f *CustomerRecords) Duplicates() ([]DuplicateGroupDTO, error) {
	return guard(f.db != nil, func() ([]DuplicateGroupDTO, error) {
		gs, err := f.db.CustomerDuplicates(f.ctx)
		if err != nil {
			return nil, err
		}
		out := make([]DuplicateGroupDTO, len(gs))
		for i, g := range gs {
			out[i] = DuplicateGroupDTO{Keys: g.Keys, Members: make([]CustomerRow, len(g.Members))}
			for j, x := range g.Members {
				out[i].Members[j] = CustomerRow{ID: x.ID, Name: x.Name, Phone: x.Phone, Email: x.Email, Company: x.Company,
					Region: x.Region, Tier: string(x.Tier), DoNotContact: x.DoNotContact}
			}
		}
		return out, nil
	})
}

// Merge folds record merge into record keep, moving its responses,
// tickets, calls and orders; the merged record stays, pointing at keep.
func (f *CustomerRecords) Merge(keep, merge int64) (MergeDTO, error) {
	return guard(f.db != nil, func() (MergeDTO, error) {
		m, err := f.db.MergeCustomers(f.ctx, keep, merge)
		if err != nil {
			return MergeDTO{}, err
		}
		f.changed()
		return mergeDTO(*m), nil
	})
}

// ExportCustomer asks where to save everything about customer id, then
// writes it: format "json" or "xlsx" (sheets and headers in lang).
func (f *CustomerRecords) ExportCustomer(id int64, format, lang string) (CustomerExportResult, error) {
	return guard(f.db != nil, func() (CustomerExportResult, error) {
		if format != customerrecords.FormatJSON && format != customerrecords.FormatXLSX {
			return CustomerExportResult{}, feedback.Errorf(feedback.EINVALID, "error.customer_records.format_invalid",
				"Unknown export format %q (json or xlsx).", format).WithParams(map[string]any{"format": format})
		}
		d, err := customerrecords.Load(f.ctx, f.db, id)
		if err != nil {
			return CustomerExportResult{}, err
		}
		ext, filters := ".xlsx", xlsxFilters
		if format == customerrecords.FormatJSON {
			ext, filters = ".json", []FileFilter{{DisplayName: "JSON (*.json)", Pattern: "*.json"}}
		}
		title := "导出客户资料"
		if lang == "en" {
			title = "Export the customer's data"
		}
		path, err := f.dialogs.SaveFile(f.ctx, title, "customer-"+strconv.FormatInt(id, 10)+ext, filters)
		if err != nil || path == "" {
			return CustomerExportResult{Canceled: err == nil}, err
		}
		if path, err = withExtension(path, ext); err != nil {
			return CustomerExportResult{}, err
		}
		if err := customerrecords.WriteFile(d, path, lang); err != nil {
			return CustomerExportResult{}, err
		}
		return CustomerExportResult{Path: path, Format: format}, nil
	})
}

// Erase removes customer id and the records merged into it (see
// sqlite.EraseCustomer); responses and tickets stay without their words.
func (f *CustomerRecords) Erase(id int64) (PrivacyResultDTO, error) {
	return f.privacy(id, f.db.EraseCustomer)
}

// Anonymise keeps customer id's numbers and removes its identity.
func (f *CustomerRecords) Anonymise(id int64) (PrivacyResultDTO, error) {
	return f.privacy(id, f.db.AnonymiseCustomer)
}

func (f *CustomerRecords) privacy(id int64, do func(context.Context, int64) (*sqlite.PrivacyResult, error)) (PrivacyResultDTO, error) {
	return guard(f.db != nil, func() (PrivacyResultDTO, error) {
		r, err := do(f.ctx, id)
		if err != nil {
			return PrivacyResultDTO{}, err
		}
		f.changed()
		return PrivacyResultDTO(*r), nil
	})
}

// Retention returns the retention period (0: off) and the privacy log.
func (f *CustomerRecords) Retention() (RetentionDTO, error) {
	return guard(f.db != nil, func() (RetentionDTO, error) {
		n, err := f.db.RetentionMonths(f.ctx)
		if err != nil {
			return RetentionDTO{}, err
		}
		log, err := f.db.PrivacyLog(f.ctx, 100)
		if err != nil {
			return RetentionDTO{}, err
		}
		out := RetentionDTO{Months: n, Log: make([]PrivacyLogEntry, len(log))}
		for i, e := range log {
			out.Log[i] = PrivacyLogEntry{ID: e.ID, Action: e.Action, CustomerID: e.CustomerID, Months: e.Months, Cutoff: iso(e.Cutoff),
				Customers: e.Customers, Responses: e.Responses, Tickets: e.Tickets, Calls: e.Calls, Orders: e.Orders, Texts: e.Texts, At: iso(e.At)}
		}
		return out, nil
	})
}

// SaveRetention stores the retention period in months (0 switches it off).
func (f *CustomerRecords) SaveRetention(months int) (RetentionDTO, error) {
	if f.db == nil {
		return RetentionDTO{}, Encode(errNotOpen)
	}
	if err := f.db.SetRetentionMonths(f.ctx, months); err != nil {
		return RetentionDTO{}, Encode(err)
	}
	return f.Retention()
}

// RunRetention anonymises the responses older than the stored period now
// and logs the run; with the period off it is refused.
func (f *CustomerRecords) RunRetention() (PrivacyResultDTO, error) {
	return guard(f.db != nil, func() (PrivacyResultDTO, error) {
		n, err := f.db.RetentionMonths(f.ctx)
		if err != nil {
			return PrivacyResultDTO{}, err
		}
		if n == 0 {
			return PrivacyResultDTO{}, feedback.Errorf(feedback.EINVALID, "error.customer_records.retention_off",
				"Set a retention period first.")
		}
		r, err := f.db.RunRetention(f.ctx, n)
		if err != nil {
			return PrivacyResultDTO{}, err
		}
		f.changed()
		return PrivacyResultDTO(*r), nil
	})
}
