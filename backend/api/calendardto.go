package api

import (
	"feedbackdesk/backend/feedback"
	"feedbackdesk/backend/sla"
	"feedbackdesk/backend/sqlite"
)

// defaultZone is the zone of a calendar saved without one.
const defaultZone = "Asia/Shanghai"

// calendarDTO renders a stored calendar version.
func calendarDTO(cv *sqlite.CalendarVersion) CalendarDTO {
	d := cv.Definition
	out := CalendarDTO{ID: cv.ID, Name: cv.Name, Version: cv.Version, CreatedAt: iso(cv.CreatedAt), Zone: d.Zone,
		Always: d.Always, Weekly: make([][]string, 7), Overrides: []OverrideDTO{}, Months: map[string][]OverrideDTO{}}
	for i, ivs := range d.Weekly {
		out.Weekly[i] = intervalStrings(ivs)
	}
	for _, o := range d.Overrides {
		od := OverrideDTO{Date: o.Date, Kind: string(o.Kind), Hours: intervalStrings(o.Hours), Name: o.Name}
		out.Overrides = append(out.Overrides, od)
		if len(o.Date) >= 7 {
			out.Months[o.Date[:7]] = append(out.Months[o.Date[:7]], od)
		}
	}
	return out
}

func intervalStrings(ivs []sla.Interval) []string {
	out := make([]string, len(ivs))
	for i, iv := range ivs {
		out[i] = iv.String()
	}
	return out
}

// definition reads a calendar input into an sla.Definition; sla.New
// validates the rest when it is saved.
func definition(in CalendarInput) (sla.Definition, error) {
	def := sla.Definition{Zone: in.Zone, Always: in.Always}
	if def.Zone == "" {
		def.Zone = defaultZone
	}
	if len(in.Weekly) > 7 {
		return def, feedback.Errorf(feedback.EINVALID, "error.calendar.weekly_invalid", "A week has seven days, not %d.", len(in.Weekly))
	}
	for i, day := range in.Weekly {
		ivs, err := parseIntervals(day)
		if err != nil {
			return def, err
		}
		def.Weekly[i] = ivs
	}
	for _, o := range in.Overrides {
		ivs, err := parseIntervals(o.Hours)
		if err != nil {
			return def, err
		}
		def.Overrides = append(def.Overrides, sla.Override{Date: o.Date, Kind: sla.OverrideKind(o.Kind), Hours: ivs, Name: o.Name})
	}
	return def, nil
}

func parseIntervals(ss []string) ([]sla.Interval, error) {
	var out []sla.Interval
	for _, s := range ss {
		iv, err := sla.ParseInterval(s)
		if err != nil {
			return nil, feedback.Errorf(feedback.EINVALID, "error.calendar.interval_invalid", "%q is not an interval (HH:MM-HH:MM).", s).
				WithParams(map[string]any{"value": s})
		}
		out = append(out, iv)
	}
	return out, nil
}
