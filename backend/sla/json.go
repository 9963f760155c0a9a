package sla

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// dayKeys are the JSON keys of the weekdays, indexed by time.Weekday.
var dayKeys = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// MarshalJSON encodes iv as ["HH:MM","HH:MM"].
func (iv Interval) MarshalJSON() ([]byte, error) {
	return json.Marshal([2]string{iv.Start.String(), iv.End.String()})
}

// UnmarshalJSON decodes ["HH:MM","HH:MM"]. Ordering is checked by New.
func (iv *Interval) UnmarshalJSON(b []byte) error {
	var pair []string
	if err := json.Unmarshal(b, &pair); err != nil || len(pair) != 2 {
		return invalidf("interval %s: want [\"HH:MM\",\"HH:MM\"]", b)
	}
	start, err := ParseClock(pair[0])
	if err != nil {
		return err
	}
	end, err := ParseClock(pair[1])
	if err != nil {
		return err
	}
	*iv = Interval{Start: start, End: end}
	return nil
}

// MarshalJSON encodes w as an object keyed mon … sun, in that order,
// omitting closed days: {"mon":[["09:00","12:00"],["13:30","18:00"]],…}.
func (w Weekly) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	first := true
	for i := 1; i <= 7; i++ {
		h := w[i%7]
		if len(h) == 0 {
			continue
		}
		if !first {
			buf.WriteByte(',')
		}
		first = false
		v, err := json.Marshal(h)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&buf, "%q:%s", dayKeys[i%7], v)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// UnmarshalJSON decodes an object keyed by weekday (mon … sun, case
// insensitive); a missing day is closed and an unknown key is an error.
func (w *Weekly) UnmarshalJSON(b []byte) error {
	var m map[string][]Interval
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	var out Weekly
	seen := [7]bool{}
	for k, h := range m {
		wd := -1
		for i, key := range dayKeys {
			if strings.EqualFold(k, key) {
				wd = i
			}
		}
		if wd < 0 {
			return invalidf("unknown weekday %q in weekly hours (want mon … sun)", k)
		}
		if seen[wd] {
			return invalidf("weekday %q appears twice in weekly hours", k)
		}
		seen[wd] = true
		out[wd] = h
	}
	*w = out
	return nil
}

// MarshalJSON encodes the calendar's Definition.
func (c Calendar) MarshalJSON() ([]byte, error) {
	def := c.def.clone()
	if def.Zone == "" {
		def.Zone = "UTC" // the zero Calendar
	}
	return json.Marshal(def)
}

// UnmarshalJSON decodes a Definition and builds the calendar with New.
func (c *Calendar) UnmarshalJSON(b []byte) error {
	var def Definition
	if err := json.Unmarshal(b, &def); err != nil {
		return fmt.Errorf("sla: decode calendar: %w", err)
	}
	nc, err := New(def)
	if err != nil {
		return err
	}
	*c = *nc
	return nil
}
