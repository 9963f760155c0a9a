package api_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/importer"
)

// The studio saves and loads the same mapping file the CLI reads.
func TestImportsMappingFile(t *testing.T) {
	f := newFacades(t)
	im := api.NewImports(f.dialogs, &importEvents{})
	api.AttachImports(im, context.Background(), f.db)

	m := importer.Mapping{Timezone: "Asia/Shanghai", DateOrder: "DMY", Columns: map[string]importer.ColumnSpec{
		"提交时间": {Field: "submitted_at"},
		"推荐意愿": {Question: "推荐意愿", Type: "nps", Metric: "nps"},
		"满意度":  {Question: "满意度", Type: "csat", Scale: []int{1, 5}, Metric: "csat"},
		"序号":   {Ignore: true},
		"会员等级": {Attribute: "member_level"},
	}, Values: map[string]map[string]float64{"满意度": {"非常满意": 5, "满意": 4}}}

	// A closed dialog is a cancel, not an error.
	f.dialogs.save = ""
	if r, err := im.SaveMapping(m); err != nil || !r.Canceled {
		t.Fatalf("canceled save: %+v %v", r, err)
	}
	path := filepath.Join(t.TempDir(), "mapping.json")
	f.dialogs.save = path
	if r, err := im.SaveMapping(m); err != nil || r.Path != path {
		t.Fatalf("save: %+v %v", r, err)
	}
	// The CLI's loader reads what the studio wrote…
	cli, err := importer.LoadMapping(path)
	if err != nil || !reflect.DeepEqual(*cli, m) {
		t.Fatalf("CLI loader: %+v %v", cli, err)
	}
	// …and the studio loads it back unchanged.
	f.dialogs.open = path
	got, err := im.LoadMapping()
	if err != nil || got.Name != "mapping.json" || !reflect.DeepEqual(got.Mapping, m) {
		t.Fatalf("load: %+v %v", got, err)
	}
	// A mapping with a typo or an invalid spec is refused, and nothing is written.
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"columns":{"a":{"feild":"submitted_at"}}}`), 0o600)
	f.dialogs.open = bad
	if _, err := im.LoadMapping(); decode(t, err)["key"] != "error.import.mapping_invalid" {
		t.Fatalf("typo accepted: %v", err)
	}
	other := filepath.Join(t.TempDir(), "other.json")
	f.dialogs.save = other
	if _, err := im.SaveMapping(importer.Mapping{Columns: map[string]importer.ColumnSpec{"a": {}}}); err == nil {
		t.Fatal("an empty column spec was saved")
	}
	if _, err := os.Stat(other); !os.IsNotExist(err) {
		t.Fatal("a refused mapping left a file behind")
	}
}
