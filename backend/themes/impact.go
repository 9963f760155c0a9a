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

// ScoreCounts are NPS answers counted per score 0–10.
type ScoreCounts [11]int

// Add counts n answers of score (scores outside 0–10 are ignored).
func (c *ScoreCounts) Add(score, n int) {
	if score >= 0 && score <= 10 {
		c[score] += n
	}
}

// ImpactOf is one theme's Impact from counts: mentions (scored or not),
// the NPS answers of the texts with the theme and those of all texts.
func ImpactOf(key string, mentions int, with, all ScoreCounts) Impact {
	var w, wo metrics.NPSCounter
	for s := range all {
		w.AddN(s, with[s])
		wo.AddN(s, all[s]-with[s])
	}
	im := Impact{Theme: key, Mentions: mentions, With: w.Result(), Without: wo.Result()}
	if im.With.Valid && im.Without.Valid {
		d := im.With.Score - im.Without.Score
		im.Delta = &d
	}
	return im
}

// Impacts returns one Impact per theme key, in the order given. Docs
// without a score count as mentions only.
func Impacts(keys []string, docs []Doc) []Impact {
	var all ScoreCounts
	for _, d := range docs {
		if d.Score != nil {
			all.Add(*d.Score, 1)
		}
	}
	out := make([]Impact, len(keys))
	for i, key := range keys {
		var with ScoreCounts
		mentions := 0
		for _, d := range docs {
			if !slices.Contains(d.Themes, key) {
				continue
			}
			mentions++
			if d.Score != nil {
				with.Add(*d.Score, 1)
			}
		}
		out[i] = ImpactOf(key, mentions, with, all)
	}
	return out
}
