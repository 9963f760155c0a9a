package themes

import (
	"slices"

	"feedbackdesk/backend/metrics"
)

// Doc is one scored verbatim: its NPS answer (nil when the response has
// none) and the themes it was tagged with (by rules or by hand).
type Doc struct {
	Score  *int
	Themes []string
}

// Impact compares the NPS of responses mentioning a theme with the NPS of
// those that do not, each with its own n and interval.
type Impact struct {
	Theme string `json:"theme"`
	// Mentions counts the docs tagged with the theme (scored or not).
	Mentions int         `json:"mentions"`
	With     metrics.NPS `json:"with"`
	Without  metrics.NPS `json:"without"`
	// Delta is With.Score − Without.Score in NPS points; nil unless both
	// sides have answers.
	Delta *float64 `json:"delta"`
}

// Impacts returns one Impact per theme key, in the order given. Docs
// without a score count as mentions only.
func Impacts(keys []string, docs []Doc) []Impact {
	out := make([]Impact, len(keys))
	for i, key := range keys {
		var with, without metrics.NPSCounter
		mentions := 0
		for _, d := range docs {
			has := slices.Contains(d.Themes, key)
			if has {
				mentions++
			}
			if d.Score == nil {
				continue
			}
			if has {
				with.Add(*d.Score)
			} else {
				without.Add(*d.Score)
			}
		}
		im := Impact{Theme: key, Mentions: mentions, With: with.Result(), Without: without.Result()}
		if im.With.Valid && im.Without.Valid {
			d := im.With.Score - im.Without.Score
			im.Delta = &d
		}
		out[i] = im
	}
	return out
}
