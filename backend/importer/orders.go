package importer

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/spreadsheet"
)

// Order fields a column can fill when importing orders (--target orders);
// the names are a public contract. external_id is the order id; the
// customer is named by customer_id, customer_phone or customer_email.
const (
	FieldOrderedAt = "ordered_at"
	FieldAmount    = "amount"
	FieldRefund    = "refund"
)

// OrderFields lists the order fields in display order.
var OrderFields = []string{FieldExternalID, FieldCustomerID, FieldCustomerPhone, FieldCustomerEmail, FieldOrderedAt,
	FieldAmount, FieldRefund}

// orderFutureSlack is how far past the clock an order date may lie (time
// zones, a clock a little behind) before it is impossible.
const orderFutureSlack = 36 * time.Hour

// Orders is the import target for purchases (--target orders), the input
// of RFM and the value component of the customer score. Rules:
//
//   - external_id (the order id), ordered_at and amount must be mapped,
//     and a customer column (customer_id, customer_phone or
//     customer_email); each is required in every row.
//   - the customer must be stored already (import customers first):
//     order_customer_unknown otherwise — an order is never attached to a
//     customer invented from it. The customer is found by external id,
//     else phone, else email.
//   - amount and refund are numbers (¥, ￥, 元, $, RMB/CNY and thousands
//     separators allowed); amount_invalid, amount_negative; refund empty is
//     0, refund_exceeds_amount when larger than the amount.
//   - ordered_at after the clock (beyond a day and a half) is
//     order_date_future; impossible calendar dates are date_invalid.
//   - attribute and question columns are refused.
//
// The idempotency key is the order id: an order stored already is a
// duplicate and is not changed.
type Orders struct {
	Store feedback.CustomerImportService
	// Now is the clock (time.Now when nil).
	Now func() time.Time

	env    *Env
	imp    *feedback.RecordImport
	fields map[string]int
	refs   feedback.KeySet
	now    time.Time
}

// Name is "orders".
func (t *Orders) Name() string { return "orders" }

// Prepare compiles the mapping and loads the stored customers' identities.
func (t *Orders) Prepare(ctx context.Context, env *Env) error {
	t.env = env
	var attrs []attrCol
	var err error
	t.fields, attrs, err = compileColumns(env, OrderFields, "order", refuseQuestion("orders"))
	if err != nil {
		return err
	}
	if len(attrs) > 0 {
		return mappingErr("attribute_wrong_target", "Column %q maps to an attribute; orders have no attributes.", attrs[0].col.Name).
			WithParams(map[string]any{"column": attrs[0].col.Name})
	}
	for _, f := range []string{FieldExternalID, FieldOrderedAt, FieldAmount} {
		if _, ok := t.fields[f]; !ok {
			return mappingErr("order_field_required", "Map a column to the order field %s.", f).WithParams(map[string]any{"field": f})
		}
	}
	_, a := t.fields[FieldCustomerID]
	_, b := t.fields[FieldCustomerPhone]
	_, c := t.fields[FieldCustomerEmail]
	if !a && !b && !c {
		return mappingErr("order_customer_required", "Map a column to customer_id, customer_phone or customer_email: every order belongs to a customer.")
	}
	if t.refs, err = t.Store.CustomerRefs(ctx); err != nil {
		return err
	}
	t.now = time.Now()
	if t.Now != nil {
		t.now = t.Now()
	}
	t.imp = &feedback.RecordImport{Signature: env.Signature,
		Batch: feedback.ImportBatch{Target: t.Name(), FileName: env.FileName, FileHash: env.FileHash, Mapping: string(env.Mapping.JSON())}}
	return nil
}

// Convert turns one row into a *feedback.ImportedOrder and its key.
func (t *Orders) Convert(row spreadsheet.Row) (any, string, []RowError) {
	get := func(f string) (string, spreadsheet.Column) { return fieldCell(t.env, t.fields, row, f) }
	var errs []RowError
	add := func(col spreadsheet.Column, code, msg string, params map[string]any) {
		errs = append(errs, rowErr(row.Number, col.Name, code, msg, params))
	}
	o := &feedback.Order{}
	var col spreadsheet.Column
	if o.ExternalID, col = get(FieldExternalID); o.ExternalID == "" {
		add(col, "required_missing", "The order id is empty.", nil)
	}
	when, wcol := get(FieldOrderedAt)
	if when == "" {
		add(wcol, "required_missing", "The order date is empty.", nil)
	} else if ts, err := parseCellTime(t.env, when, wcol); err != nil {
		err.Row = row.Number
		errs = append(errs, *err)
	} else if o.OrderedAt = ts.UTC(); ts.After(t.now.Add(orderFutureSlack)) {
		add(wcol, "order_date_future", fmt.Sprintf("The order date %s is in the future.", ts.In(t.env.Loc).Format("2006-01-02 15:04")),
			map[string]any{"value": when})
	}
	amount, acol := get(FieldAmount)
	amountOK := false
	if amount == "" {
		add(acol, "required_missing", "The amount is empty.", nil)
	} else if v, err := parseMoney(amount); err != nil {
		add(acol, "amount_invalid", fmt.Sprintf("%q is not an amount.", amount), map[string]any{"value": amount})
	} else if v < 0 {
		add(acol, "amount_negative", fmt.Sprintf("The amount %s is negative; record a refund instead.", amount), map[string]any{"value": amount})
	} else {
		o.Amount, amountOK = v, true
	}
	if refund, rcol := get(FieldRefund); refund != "" {
		switch v, err := parseMoney(refund); {
		case err != nil:
			add(rcol, "amount_invalid", fmt.Sprintf("%q is not an amount.", refund), map[string]any{"value": refund})
		case v < 0:
			add(rcol, "amount_negative", fmt.Sprintf("The refund %s is negative.", refund), map[string]any{"value": refund})
		case amountOK && v > o.Amount:
			add(rcol, "refund_exceeds_amount", fmt.Sprintf("The refund %s is larger than the amount %s.", refund, amount),
				map[string]any{"value": refund, "amount": amount})
		default:
			o.Refund = v
		}
	}
	c, cerrs := identityOf(row, get)
	errs = append(errs, cerrs...)
	var key string
	switch {
	case len(cerrs) > 0:
	case c.ExternalID == "" && c.Phone == "" && c.Email == "":
		_, col := get(FieldCustomerID)
		if col.Index < 0 {
			if _, col = get(FieldCustomerPhone); col.Index < 0 {
				_, col = get(FieldCustomerEmail)
			}
		}
		add(col, "required_missing", "The order names no customer.", nil)
	default:
		key = t.customerKey(c)
		if key == "" {
			who := c.ExternalID + c.Phone
			if who == "" {
				who = c.Email
			}
			_, col := get(FieldCustomerID)
			if c.ExternalID == "" {
				if _, col = get(FieldCustomerPhone); c.Phone == "" {
					_, col = get(FieldCustomerEmail)
				}
			}
			add(col, "order_customer_unknown", fmt.Sprintf("No customer %q is stored; import the customers first.", who),
				map[string]any{"value": who})
		}
	}
	if len(errs) > 0 {
		return nil, "", errs
	}
	return &feedback.ImportedOrder{Order: o, CustomerKey: key}, "ext:" + o.ExternalID, nil
}

// customerKey returns the first of the row's identities a stored customer
// has ("x:…", "p:…", "e:…"), or "" when none is stored.
func (t *Orders) customerKey(c *feedback.Customer) string {
	for _, k := range []string{"x:" + c.ExternalID, "p:" + c.Phone, "e:" + c.Email} {
		if len(k) > 2 && t.refs.Has(k) {
			return k
		}
	}
	return ""
}

// Present reports which order keys ("ext:<order id>") are stored.
func (t *Orders) Present(ctx context.Context, keys []string) (map[string]bool, error) {
	ids := make([]string, len(keys))
	for i, k := range keys {
		ids[i] = strings.TrimPrefix(k, "ext:")
	}
	got, err := t.Store.OrderKeysPresent(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(got))
	for id := range got {
		out["ext:"+id] = true
	}
	return out, nil
}

// Begin opens the import transaction.
func (t *Orders) Begin(ctx context.Context) (Writer, error) {
	w, err := t.Store.BeginOrderImport(ctx, t.imp)
	if err != nil {
		return nil, err
	}
	return &recordWriter[*feedback.ImportedOrder]{w: w}, nil
}

// moneyNoise is what parseMoney drops: currency signs and words,
// thousands separators and spaces.
var moneyNoise = strings.NewReplacer("¥", "", "￥", "", "$", "", "元", "", "rmb", "", "cny", "", "usd", "", ",", "", "，", "", " ", "", "_", "")

// parseMoney reads an amount cell: full-width digits, currency signs,
// thousands separators; "(12.50)" is negative.
func parseMoney(s string) (float64, error) {
	v := moneyNoise.Replace(dictKey(s))
	neg := strings.HasPrefix(v, "(") && strings.HasSuffix(v, ")")
	if neg {
		v = v[1 : len(v)-1]
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || strings.ContainsAny(v, "xXpP") {
		return 0, fmt.Errorf("importer: not an amount: %q", s)
	}
	if neg {
		f = -f
	}
	return f, nil
}
