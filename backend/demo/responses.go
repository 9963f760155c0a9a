package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"feedbackdesk/backend/feedback"
)

// experience is the service experience a response (or an export row) rates.
type experience struct {
	at       time.Time
	channel  int // index into serviceChannels
	region   int // index into regions
	product  int // index into products
	handler  int // index into handlerSeeds
	customer int // index into run.custs, -1 when anonymous
	english  bool
	x        float64 // latent satisfaction on a 0–10 scale
}

// weights of the service vocabulary, built once.
var (
	channelWeights = weightsOf(serviceChannels, func(c serviceChannel) float64 { return c.weight })
	regionWeights  = weightsOf(regions, func(r region) float64 { return r.weight })
	productWeights = weightsOf(products, func(p product) float64 { return p.weight })
)

func weightsOf[T any](list []T, w func(T) float64) []float64 {
	out := make([]float64, len(list))
	for i, v := range list {
		out[i] = w(v)
	}
	return out
}

// handlerFor picks the agent: VIP staff for high-value customers, second
// line for some, first line for most.
func handlerFor(rng *rand.Rand, tier feedback.ValueTier, escalated bool) int {
	var team string
	switch x := rng.Float64(); {
	case tier == feedback.TierHigh && x < 0.6:
		team = "VIP"
	case escalated && x < 0.5, x < 0.12:
		team = "二线"
	default:
		team = "一线"
	}
	var idx []int
	for i, h := range handlerSeeds {
		if h.team == team {
			idx = append(idx, i)
		}
	}
	return pick(rng, idx)
}

// satisfaction computes the latent 0–10 satisfaction of an experience:
// a base, the effects of channel, region, product, agent and customer, a
// trend over the period (improving, with a Spring Festival and a Double
// Eleven logistics dip) and noise.
func (r *run) satisfaction(rng *rand.Rand, e *experience, custBias float64) float64 {
	p := e.at.Sub(r.start).Hours() / r.end.Sub(r.start).Hours()
	trend := -0.4 + 0.8*p
	switch e.at.In(shanghai).Month() {
	case time.February:
		trend -= 0.3
	case time.November, time.December:
		trend -= 0.4
	}
	x := 8.0 + serviceChannels[e.channel].bias + regions[e.region].bias + products[e.product].bias +
		handlerSeeds[e.handler].bias + custBias + trend + rng.NormFloat64()*1.8
	return x
}

// clampRound rounds x to an integer within [lo, hi].
func clampRound(x float64, lo, hi int) int {
	v := int(math.Round(x))
	return min(max(v, lo), hi)
}

// responses yields the survey responses in time order: four in ten for the
// relationship NPS survey, three for CSAT, two for CES, one a phone
// follow-up call.
func (r *run) responses(yield func(any) error) error {
	rng := r.rng(secResponses)
	n := r.g.Counts().Responses
	for i := 0; i < n; i++ {
		survey := [10]int64{1, 1, 1, 1, 2, 2, 2, 3, 3, 4}[i%10]
		rec, e := r.response(rng, int64(i+1), survey, i, n)
		if err := yield(rec); err != nil {
			return err
		}
		ref := responseRef{id: rec.ID, at: rec.SubmittedAt.Unix(), handler: uint8(e.handler), product: uint8(e.product)}
		if rec.CustomerID != nil {
			ref.customer = *rec.CustomerID
		}
		if survey == SurveyPhoneFollowUp {
			r.phoneSeeds = append(r.phoneSeeds, ref)
		} else if rec.CustomerID != nil && survey != SurveyEffortCES && e.x < 4.5 && rng.Float64() < 0.3 {
			r.ticketSeeds = append(r.ticketSeeds, ref)
		}
	}
	return nil
}

// response builds the i-th of n responses.
func (r *run) response(rng *rand.Rand, id, survey int64, i, n int) (*feedback.Response, *experience) {
	phone := survey == SurveyPhoneFollowUp
	e := &experience{at: r.timeline.at(rng, i, n, !phone), customer: -1}
	e.channel = pickWeighted(rng, channelWeights)
	switch {
	case phone:
		e.channel = 0 // phone
	case survey == SurveyEffortCES && rng.Float64() < 0.7:
		e.channel = 2 // online chat
	}
	custBias := 0.0
	tier := feedback.TierNone
	if phone || rng.Float64() > 0.08 {
		var pred func(*profile) bool
		if phone {
			pred = func(p *profile) bool { return !p.dnc }
		}
		e.customer = r.customerBefore(rng, e.at, pred)
		if phone && e.customer < 0 {
			e.customer = 0 // a call always has someone on the line
		}
	}
	if e.customer >= 0 {
		c := &r.custs[e.customer]
		e.region, e.english, custBias, tier = int(c.region), c.english, float64(c.bias), c.tier
	} else {
		e.region, e.english = pickWeighted(rng, regionWeights), rng.Float64() < 0.1
	}
	e.product = pickWeighted(rng, productWeights)
	e.handler = handlerFor(rng, tier, false)
	e.x = r.satisfaction(rng, e, custBias)

	rec := &feedback.Response{
		ID:          id,
		SurveyID:    survey,
		ExternalID:  fmt.Sprintf("DEMO-R%07d", id),
		Source:      feedback.SourceForm,
		Channel:     serviceChannels[e.channel].code,
		Region:      regions[e.region].name,
		Product:     products[e.product].name,
		Agent:       handlerSeeds[e.handler].name,
		SubmittedAt: e.at,
		CreatedAt:   e.at,
	}
	rec.RowKey = rec.ExternalID
	if e.customer >= 0 {
		rec.CustomerID = int64p(int64(e.customer + 1))
	}
	switch {
	case phone:
		rec.Source = feedback.SourcePhone
	case serviceChannels[e.channel].code == "walk_in" && rng.Float64() < 0.7:
		rec.Source = feedback.SourceKiosk
	}
	nps := clampRound(e.x, 0, 10)
	csat := clampRound(e.x/2+rng.NormFloat64()*0.4, 1, 5)
	ces := clampRound(e.x*0.65+0.5+rng.NormFloat64()*0.6, 1, 7)
	var s sentiment
	switch survey {
	case SurveyRelationshipNPS:
		s = sentimentOfNPS(nps)
		rec.Answers = append(rec.Answers, scoreAnswer(rng, id, qNPS, nps, true))
		focus := []string{"quality", "price", "service", "delivery"}[rng.IntN(4)]
		rec.Answers = append(rec.Answers, textAnswer(id, qNPSFocus, focus))
		rec.Answers = append(rec.Answers, r.commentAnswer(rng, rec, qNPSReason, s, 0.45, e.english))
	case SurveyPostTicketCSAT:
		s = sentiment(min((csat-1)/2, 2)) // 1–2 negative, 3–4 neutral, 5 positive
		rec.Answers = append(rec.Answers, scoreAnswer(rng, id, qCSAT, csat, false))
		rec.Answers = append(rec.Answers, r.commentAnswer(rng, rec, qCSATComment, s, 0.5, e.english))
	case SurveyEffortCES:
		s = [8]sentiment{0, negative, negative, negative, neutral, neutral, positive, positive}[ces]
		rec.Answers = append(rec.Answers, scoreAnswer(rng, id, qCES, ces, false))
		rec.Answers = append(rec.Answers, r.commentAnswer(rng, rec, qCESComment, s, 0.6, e.english))
	case SurveyPhoneFollowUp:
		s = sentimentOfNPS(nps)
		a := scoreAnswer(rng, id, qPhoneNPS, nps, false)
		if nps == 10 && rng.Float64() < 0.15 {
			a.Raw = "10分" // as the agent typed it; normalised, with the original kept
		}
		rec.Answers = append(rec.Answers, a)
		if rng.Float64() < 0.04 {
			rec.Answers = append(rec.Answers, &feedback.Answer{ResponseID: id, QuestionID: qPhoneCSAT, Status: feedback.AnswerSkipped})
		} else {
			rec.Answers = append(rec.Answers, scoreAnswer(rng, id, qPhoneCSAT, csat, false))
		}
		solved := "yes"
		if csat <= 2 {
			solved = "no"
		} else if csat == 3 {
			solved = "partly"
		}
		rec.Answers = append(rec.Answers, textAnswer(id, qPhoneSolved, solved))
		rec.Answers = append(rec.Answers, r.commentAnswer(rng, rec, qPhoneComment, s, 0.35, e.english))
		rec.Note = "电话回访记录"
	}
	return rec, e
}

// scoreAnswer returns a valid numeric answer; when invalids is set a few
// are kept as invalid the way they were typed from paper ("6.5", "11", "N/A").
func scoreAnswer(rng *rand.Rand, rid, qid int64, v int, invalids bool) *feedback.Answer {
	if invalids && rng.Float64() < 0.006 {
		return &feedback.Answer{ResponseID: rid, QuestionID: qid, Status: feedback.AnswerInvalid, Raw: pick(rng, []string{"6.5", "11", "N/A", "7.5"})}
	}
	f := float64(v)
	return &feedback.Answer{ResponseID: rid, QuestionID: qid, Number: &f, Status: feedback.AnswerValid}
}

// textAnswer returns a valid text or choice answer.
func textAnswer(rid, qid int64, text string) *feedback.Answer {
	return &feedback.Answer{ResponseID: rid, QuestionID: qid, Text: text, Status: feedback.AnswerValid}
}

// commentAnswer writes the free-text comment (or a skip) and tags the
// response with the themes it mentions.
func (r *run) commentAnswer(rng *rand.Rand, rec *feedback.Response, qid int64, s sentiment, skip float64, english bool) *feedback.Answer {
	if s == positive {
		skip += 0.1
	}
	if rng.Float64() < skip {
		return &feedback.Answer{ResponseID: rec.ID, QuestionID: qid, Status: feedback.AnswerSkipped}
	}
	focus := -1
	if s == negative && rng.Float64() < 0.5 {
		// Complaints follow the experience: logistics around Double Eleven,
		// waiting on the phone, quality of the weakest product.
		switch {
		case rec.SubmittedAt.In(shanghai).Month() >= time.November:
			focus = 4
		case rec.Product == products[3].name:
			focus = 3
		case rec.Channel == "phone" || rec.Channel == "web":
			focus = 1
		}
	}
	text, tags := comment(rng, s, english, rec.Product, focus)
	rec.Tags = tags
	return textAnswer(rec.ID, qid, text)
}
