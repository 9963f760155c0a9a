package importer_test

import (
	"context"
	"slices"
	"testing"

	"feedbackdesk/backend/importer"
	"feedbackdesk/backend/spreadsheet"
	"feedbackdesk/backend/sqlite"
)

// customerRecords is a customer list with Chinese headers: rows 2–4 are
// good, row 5 repeats row 2's phone (the same customer), rows 6–9 are bad.
var customerRecords = [][]string{
	{"客户编号", "姓名", "手机号", "邮箱", "公司", "地区", "行业", "获客渠道", "同意营销", "免打扰", "会员等级"},
	{"C001", "王芳", "138 0013 8000", "WangFang@Example.com", "星河贸易", "华东", "零售", "门店", "是", "否", "金卡"},
	{"C002", "李雷", "13900139000", "", "", "华北", "制造", "官网", "", "", "银卡"},
	{"", "韩梅", "", "han@example.com", "", "华南", "", "", "no", "yes", ""},
	{"", "王芳(重复)", "13800138000", "", "", "西南", "", "", "", "", ""},
	{"C005", "号码丢失", "1.38E+10", "", "", "", "", "", "", "", ""},
	{"C006", "邮箱错误", "", "not-an-email", "", "", "", "", "", "", ""},
	{"", "只有姓名", "", "", "", "", "", "", "", "", ""},
	{"C008", "同意不明", "", "", "", "", "", "", "也许", "", ""},
}

// importRecords runs an import of path into target with the suggested mapping.
func importRecords(t *testing.T, db *sqlite.DB, path string, target importer.Target, o importer.RunOptions) *importer.Summary {
	t.Helper()
	src, err := spreadsheet.Open(path, spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if o.Mapping == nil {
		in, err := importer.InspectFor(src, target.Name())
		if err != nil {
			t.Fatal(err)
		}
		o.Mapping = in.Mapping
	}
	o.FilePath = path
	sum, err := importer.Run(context.Background(), src, target, o)
	if err != nil {
		t.Fatalf("import %s: %v", target.Name(), err)
	}
	return sum
}

func TestCustomerSuggestions(t *testing.T) {
	src, err := spreadsheet.Open(writeCSV(t, customerRecords), spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	in, err := importer.InspectFor(src, "customers")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"客户编号": "field:customer_id", "姓名": "field:customer_name", "手机号": "field:customer_phone",
		"邮箱": "field:customer_email", "公司": "field:company", "地区": "field:region", "行业": "field:industry",
		"获客渠道": "field:channel", "同意营销": "field:consent", "免打扰": "field:do_not_contact", "会员等级": "attribute"}
	for _, s := range in.Suggestions {
		if want[s.Column] != s.Target {
			t.Errorf("%s → %s, want %s", s.Column, s.Target, want[s.Column])
		}
	}
	if !in.Mapping.FitsTarget("customers") || in.Mapping.FitsTarget("orders") || in.Mapping.FitsTarget("tickets") {
		t.Error("the suggested customer mapping fits customers only")
	}
}

func TestCustomerImport(t *testing.T) {
	db := mustDB(t)
	path := writeCSV(t, customerRecords)

	dry := importRecords(t, db, path, &importer.Customers{Store: db}, importer.RunOptions{DryRun: true})
	// row 5 has row 2's phone: the dry run counts it as the duplicate the import finds
	if dry.Rows != 8 || dry.Valid != 3 || dry.Duplicates != 1 || dry.Rejected != 4 || dry.Imported != 0 {
		t.Fatalf("dry run: %+v", dry.Counts)
	}
	if n := count(t, db, `SELECT count(*) FROM customers`); n != 0 {
		t.Fatalf("a dry run wrote %d customers", n)
	}
	wantErr := map[int]string{6: "phone_scientific", 7: "email_invalid", 8: "customer_identity_missing", 9: "bool_invalid"}
	for _, e := range dry.Errors {
		if wantErr[e.Row] != e.Code {
			t.Errorf("row %d: %s (%s), want %s", e.Row, e.Code, e.Message, wantErr[e.Row])
		}
		delete(wantErr, e.Row)
	}
	if len(wantErr) > 0 {
		t.Errorf("rows not rejected: %v", wantErr)
	}

	sum := importRecords(t, db, path, &importer.Customers{Store: db}, importer.RunOptions{})
	// row 5 has row 2's phone: the same customer, a duplicate that fills nothing already set
	if sum.Imported != 3 || sum.Duplicates != 1 || sum.Rejected != 4 || sum.BatchID == 0 {
		t.Fatalf("import: %+v", sum.Counts)
	}
	var name, phone, email, company, region, industry, channel string
	var consent, dnc int
	if err := db.SQL().QueryRow(`SELECT name, phone, email, company, region, industry, channel, consent, do_not_contact
		FROM customers WHERE external_id = 'C001'`).Scan(&name, &phone, &email, &company, &region, &industry, &channel, &consent, &dnc); err != nil {
		t.Fatal(err)
	}
	if name != "王芳" || phone != "13800138000" || email != "wangfang@example.com" || company != "星河贸易" || region != "华东" ||
		industry != "零售" || channel != "门店" || consent != 1 || dnc != 0 {
		t.Errorf("C001 = %q %q %q %q %q %q %q consent %d dnc %d", name, phone, email, company, region, industry, channel, consent, dnc)
	}
	if got := count(t, db, `SELECT do_not_contact FROM customers WHERE email = 'han@example.com'`); got != 1 {
		t.Errorf("韩梅 do_not_contact = %d, want 1", got)
	}
	if got := count(t, db, `SELECT count(*) FROM customer_attributes a JOIN customers c ON c.id = a.customer_id
		WHERE c.external_id = 'C001' AND a.key = '会员等级' AND a.value = '金卡'`); got != 1 {
		t.Error("the 会员等级 attribute of C001 was not stored")
	}
	if got := count(t, db, `SELECT count(*) FROM import_batches WHERE target = 'customers' AND imported = 3 AND duplicates = 1 AND rejected = 4`); got != 1 {
		t.Error("the batch row does not record the counts")
	}

	// a retry changes nothing: every valid row is a duplicate, in the dry run too
	again := importRecords(t, db, path, &importer.Customers{Store: db}, importer.RunOptions{DryRun: true})
	if again.Valid != 0 || again.Duplicates != 4 {
		t.Errorf("dry run after import: %+v", again.Counts)
	}
	again = importRecords(t, db, path, &importer.Customers{Store: db}, importer.RunOptions{})
	if again.Imported != 0 || again.Duplicates != 4 {
		t.Errorf("re-import: %+v", again.Counts)
	}
	if n := count(t, db, `SELECT count(*) FROM customers`); n != 3 {
		t.Errorf("%d customers after the retry, want 3", n)
	}
}

// A stored customer matched by phone keeps what the app knows and only
// gets its empty fields filled; consent is never granted by a file, a
// do-not-contact flag always applies.
func TestCustomerImportFillsOnlyEmptyFields(t *testing.T) {
	db := mustDB(t)
	if _, err := db.SQL().Exec(`INSERT INTO customers (name, phone, region, consent, do_not_contact, created_at, updated_at)
		VALUES ('老客户', '13700137000', '华东', 0, 0, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')`); err != nil {
		t.Fatal(err)
	}
	path := writeCSV(t, [][]string{
		{"客户编号", "姓名", "手机号", "地区", "行业", "同意营销", "免打扰"},
		{"K9", "新名字", "13700137000", "华北", "金融", "是", "是"},
	})
	sum := importRecords(t, db, path, &importer.Customers{Store: db}, importer.RunOptions{})
	if sum.Imported != 0 || sum.Duplicates != 1 {
		t.Fatalf("import: %+v", sum.Counts)
	}
	var ext, name, region, industry string
	var consent, dnc int
	if err := db.SQL().QueryRow(`SELECT coalesce(external_id, ''), name, region, industry, consent, do_not_contact FROM customers`).
		Scan(&ext, &name, &region, &industry, &consent, &dnc); err != nil {
		t.Fatal(err)
	}
	if ext != "K9" || name != "老客户" || region != "华东" || industry != "金融" || consent != 0 || dnc != 1 {
		t.Errorf("got ext %q name %q region %q industry %q consent %d dnc %d", ext, name, region, industry, consent, dnc)
	}
}

func TestCustomerMappingChecks(t *testing.T) {
	db := mustDB(t)
	path := writeCSV(t, customerRecords)
	src, err := spreadsheet.Open(path, spreadsheet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	for name, m := range map[string]*importer.Mapping{
		"error.import.customer_identity_required": {Columns: map[string]importer.ColumnSpec{"姓名": {Field: importer.FieldCustomerName}}},
		"error.import.field_wrong_target":         {Columns: map[string]importer.ColumnSpec{"客户编号": {Field: importer.FieldCustomerID}, "姓名": {Field: importer.FieldSubmittedAt}}},
		"error.import.question_wrong_target":      {Columns: map[string]importer.ColumnSpec{"客户编号": {Field: importer.FieldCustomerID}, "姓名": {Question: "q", Type: "text"}}},
	} {
		_, err := importer.Run(context.Background(), src, &importer.Customers{Store: db}, importer.RunOptions{Mapping: m})
		if err == nil || !slices.Contains([]string{name}, errKey(err)) {
			t.Errorf("%s: got %v", name, err)
		}
	}
}
