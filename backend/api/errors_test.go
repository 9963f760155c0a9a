package api_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"feedbackdesk/backend/api"
	"feedbackdesk/backend/feedback"
)

func decode(t *testing.T, err error) map[string]any {
	t.Helper()
	if err == nil {
		t.Fatal("want an error")
	}
	var m map[string]any
	if e := json.Unmarshal([]byte(err.Error()), &m); e != nil {
		t.Fatalf("error text is not JSON: %q", err.Error())
	}
	return m
}

func TestEncode(t *testing.T) {
	if api.Encode(nil) != nil {
		t.Fatal("nil must stay nil")
	}
	fe := feedback.Errorf(feedback.ENEWERSCHEMA, "error.db.newer_schema", "newer (schema %d)", 3).
		WithParams(map[string]any{"found": 3})
	m := decode(t, api.Encode(fmt.Errorf("sqlite: open: %w", fe)))
	if m["code"] != "newer_schema" || m["key"] != "error.db.newer_schema" || m["message"] != "newer (schema 3)" {
		t.Fatalf("encoded = %v", m)
	}
	if p, _ := m["params"].(map[string]any); p["found"] != float64(3) {
		t.Fatalf("params = %v", m["params"])
	}
	// Unknown errors are internal and do not leak their text.
	m = decode(t, api.Encode(errors.New("sqlite: near \"SELEC\": syntax error")))
	if m["code"] != "internal" || m["key"] != "error.internal" || m["message"] != "Internal error." {
		t.Fatalf("internal encoded = %v", m)
	}
}

func TestThrottle(t *testing.T) {
	th := api.NewThrottle(time.Hour)
	if !th.Allow(false) {
		t.Fatal("the first event must pass")
	}
	if th.Allow(false) {
		t.Fatal("a second event within the interval must be held back")
	}
	if !th.Allow(true) {
		t.Fatal("a final event must always pass")
	}
}
