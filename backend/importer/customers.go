package importer

import (
	"context"
	"fmt"
	"hash/maphash"
	"net/mail"
	"strings"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// Customer fields a column can fill when importing customers (--target
// customers); the names are a public contract. customer_id (the
// customer's own id in the source system), customer_name/phone/email,
// region and channel (the acquisition channel) are shared with responses.
const (
	FieldCompany      = "company"
	FieldIndustry     = "industry"
	FieldConsent      = "consent"
	FieldDoNotContact = "do_not_contact"
)

// CustomerFields lists the customer fields in display order.
var CustomerFields = []string{FieldCustomerID, FieldCustomerName, FieldCustomerPhone, FieldCustomerEmail, FieldCompany,
	FieldRegion, FieldIndustry, FieldChannel, FieldConsent, FieldDoNotContact}

// Customers is the import target for customer records (--target
// customers). Rules, decided once for every file:
//
//   - a row needs an identity: customer_id, a phone or an email (a name
//     alone cannot be matched again, so a re-import would duplicate it):
//     customer_identity_missing. At least one of the three must be mapped.
//   - the customer is the stored one with the same external id, else the
//     same (normalised) phone, else the same email (case ignored) — as the
//     response and ticket imports match; such a row is a duplicate and
//     only fills the stored record's empty fields and missing attributes
//     (the app's record wins: edits, merges, consent given in the app).
//   - consent and do_not_contact are yes/no (是/否, y/n, 1/0, true/false,
//     同意/不同意); empty is no. Anything else is bool_invalid.
//   - attribute columns become custom attributes; question columns are
//     refused; tier and relationship are computed by the app, not imported.
//
// The idempotency key is feedback.CustomerRowKey of the row's identities,
// or that of an earlier row of the file sharing one of them.
type Customers struct {
	Store feedback.CustomerImportService

	env    *Env
	imp    *feedback.RecordImport
	fields map[string]int
	attrs  []attrCol
	// seen maps the hash of every identity met in the file ("x:…", "p:…",
	// "e:…") to the key of the first row that had it, so that a dry run
	// counts a later row of the same customer as the duplicate the import
	// will find (bounded by seenLimit; past it rows keep their own keys).
	seen map[uint64]string
	seed maphash.Seed
}

// seenLimit bounds Customers.seen (about 100 bytes an entry).
const seenLimit = 500_000

// Name is "customers".
func (t *Customers) Name() string { return "customers" }

// Prepare compiles the mapping; an identity column must be mapped.
func (t *Customers) Prepare(_ context.Context, env *Env) error {
	t.env = env
	var err error
	t.fields, t.attrs, err = compileColumns(env, CustomerFields, "customer", refuseQuestion("customers"))
	if err != nil {
		return err
	}
	if !t.hasAny(FieldCustomerID, FieldCustomerPhone, FieldCustomerEmail) {
		return mappingErr("customer_identity_required", "Map a column to customer_id, customer_phone or customer_email: customers are matched by them.")
	}
	t.imp = &feedback.RecordImport{Signature: env.Signature,
		Batch: feedback.ImportBatch{Target: t.Name(), FileName: env.FileName, FileHash: env.FileHash, Mapping: string(env.Mapping.JSON())}}
	t.seen, t.seed = map[uint64]string{}, maphash.MakeSeed()
	return nil
}

// rowKey is the key of the first row of the file sharing an identity with
// c, else c's own key (feedback.CustomerRowKey).
func (t *Customers) rowKey(c *feedback.Customer) string {
	key := feedback.CustomerRowKey(c.ExternalID, c.Phone, c.Email)
	var hs []uint64
	for _, id := range []string{"x:" + c.ExternalID, "p:" + c.Phone, "e:" + c.Email} {
		if len(id) > 2 {
			hs = append(hs, maphash.String(t.seed, id))
		}
	}
	for _, h := range hs {
		if k, ok := t.seen[h]; ok {
			key = k
			break
		}
	}
	for _, h := range hs {
		if _, ok := t.seen[h]; !ok && len(t.seen) < seenLimit {
			t.seen[h] = key
		}
	}
	return key
}

func (t *Customers) hasAny(fs ...string) bool {
	for _, f := range fs {
		if _, ok := t.fields[f]; ok {
			return true
		}
	}
	return false
}

// refuseQuestion is the question handler of targets without questions.
func refuseQuestion(target string) func(string, spreadsheet.Column, ColumnSpec) error {
	return func(name string, _ spreadsheet.Column, _ ColumnSpec) error {
		return mappingErr("question_wrong_target", "Column %q maps to a question; %s have no questions.", name, target).
			WithParams(map[string]any{"column": name})
	}
}

// Convert turns one row into a *feedback.ImportedCustomer and its key.
func (t *Customers) Convert(row spreadsheet.Row) (any, string, []RowError) {
	get := func(f string) (string, spreadsheet.Column) { return fieldCell(t.env, t.fields, row, f) }
	c, errs := identityOf(row, get)
	c.Name, _ = get(FieldCustomerName)
	c.Company, _ = get(FieldCompany)
	c.Region, _ = get(FieldRegion)
	c.Industry, _ = get(FieldIndustry)
	c.Channel, _ = get(FieldChannel)
	if c.ExternalID == "" && c.Phone == "" && c.Email == "" && len(errs) == 0 {
		_, col := get(FieldCustomerID)
		if col.Index < 0 {
			_, col = get(FieldCustomerPhone)
		}
		errs = append(errs, rowErr(row.Number, col.Name, "customer_identity_missing",
			"The row has no customer id, phone or email; a customer is matched by them.", nil))
	}
	for _, f := range []string{FieldConsent, FieldDoNotContact} {
		v, col := get(f)
		b, ok := yesNo(v)
		if !ok {
			errs = append(errs, rowErr(row.Number, col.Name, "bool_invalid", fmt.Sprintf("%q is not yes or no.", v),
				map[string]any{"value": v}))
		}
		if f == FieldConsent {
			c.Consent = b
		} else {
			c.DoNotContact = b
		}
	}
	for _, ac := range t.attrs {
		if v := cell(row, ac.col.Index); v != "" {
			if c.Attributes == nil {
				c.Attributes = map[string]string{}
			}
			c.Attributes[ac.name] = v
		}
	}
	if len(errs) > 0 {
		return nil, "", errs
	}
	key := t.rowKey(c)
	return &feedback.ImportedCustomer{Customer: c, RowKey: key}, key, nil
}

// Present reports which keys match a stored customer.
func (t *Customers) Present(ctx context.Context, keys []string) (map[string]bool, error) {
	return t.Store.CustomerKeysPresent(ctx, keys)
}

// Begin opens the import transaction.
func (t *Customers) Begin(ctx context.Context) (Writer, error) {
	w, err := t.Store.BeginCustomerImport(ctx, t.imp)
	if err != nil {
		return nil, err
	}
	return &recordWriter[*feedback.ImportedCustomer]{w: w}, nil
}

// recordWriter adapts a typed store writer to Writer.
type recordWriter[T any] struct {
	w interface {
		Write(context.Context, T) (bool, error)
		Commit(context.Context, feedback.ImportBatch) (int64, error)
		Rollback() error
	}
}

// Write stores one converted record.
func (rw *recordWriter[T]) Write(ctx context.Context, rec any) (bool, error) {
	return rw.w.Write(ctx, rec.(T))
}

// Commit records the batch counts and commits.
func (rw *recordWriter[T]) Commit(ctx context.Context, c Counts) (int64, error) {
	return rw.w.Commit(ctx, feedback.ImportBatch{Rows: c.Rows, Imported: c.Imported, Duplicates: c.Duplicates, Rejected: c.Rejected})
}

// Rollback abandons the import.
func (rw *recordWriter[T]) Rollback() error { return rw.w.Rollback() }

// fieldCell returns the cell of field f and its column (Index -1, Name f
// when the field is not mapped).
func fieldCell(env *Env, fields map[string]int, row spreadsheet.Row, f string) (string, spreadsheet.Column) {
	i, ok := fields[f]
	if !ok {
		return "", spreadsheet.Column{Index: -1, Name: f}
	}
	return cell(row, i), env.Header.Columns[i]
}

// identityOf reads a row's customer id, phone (normalised) and email
// (lower case), with the phone and email errors: the customer columns
// every target reads the same way.
func identityOf(row spreadsheet.Row, get func(string) (string, spreadsheet.Column)) (*feedback.Customer, []RowError) {
	var errs []RowError
	ext, _ := get(FieldCustomerID)
	phoneRaw, pcol := get(FieldCustomerPhone)
	email, ecol := get(FieldCustomerEmail)
	phone, flag := spreadsheet.NormalizePhone(phoneRaw)
	switch flag {
	case spreadsheet.FlagPhoneScientific:
		errs = append(errs, rowErr(row.Number, pcol.Name, "phone_scientific",
			fmt.Sprintf("%q is a phone number Excel turned into a number; its digits are lost. Format the column as text and export again.", phoneRaw), map[string]any{"value": phoneRaw}))
	case spreadsheet.FlagPhoneInvalid:
		errs = append(errs, rowErr(row.Number, pcol.Name, "phone_invalid", fmt.Sprintf("%q is not a phone number.", phoneRaw),
			map[string]any{"value": phoneRaw}))
	}
	if email != "" {
		if a, err := mail.ParseAddress(email); err != nil || a.Address != email {
			errs = append(errs, rowErr(row.Number, ecol.Name, "email_invalid", fmt.Sprintf("%q is not an email address.", email),
				map[string]any{"value": email}))
		}
	}
	return &feedback.Customer{ExternalID: ext, Phone: phone, Email: strings.ToLower(email)}, errs
}

// yesWords and noWords are the spellings of a yes/no cell (after dictKey).
var (
	yesWords = map[string]bool{"是": true, "yes": true, "y": true, "1": true, "true": true, "有": true, "同意": true, "已同意": true, "√": true, "✓": true}
	noWords  = map[string]bool{"否": true, "no": true, "n": true, "0": true, "false": true, "没有": true, "无": true, "不同意": true, "未同意": true, "×": true}
)

// yesNo reads a yes/no cell; "" is no.
func yesNo(v string) (value, ok bool) {
	k := dictKey(v)
	switch {
	case k == "" || noWords[k]:
		return false, true
	case yesWords[k]:
		return true, true
	}
	return false, false
}
