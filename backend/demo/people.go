package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"feedbackdesk/backend/feedback"
)

// Random-source sections, one per part of the stream.
const (
	secCustomers uint64 = iota + 1
	secOrders
	secResponses
	secTickets
	secCalls
	secExport
)

// handlers yields the fixed service staff (IDs 1…).
func (r *run) handlers(yield func(any) error) error {
	created := r.start.AddDate(-2, 0, 0).UTC()
	for i, h := range handlerSeeds {
		rec := &feedback.Handler{
			ID:        int64(i + 1),
			Name:      h.name,
			Team:      h.team,
			Email:     h.email + "@demo.feedbackdesk.cn",
			Active:    true,
			CreatedAt: created.Add(time.Duration(i) * 24 * time.Hour),
		}
		if err := yield(rec); err != nil {
			return err
		}
	}
	return nil
}

// customers yields customers in order of creation, from three years before
// the period to shortly before its end, and keeps their profiles.
func (r *run) customers(yield func(any) error) error {
	rng := r.rng(secCustomers)
	n := r.g.Counts().Customers
	first := r.start.AddDate(-3, 0, 0)
	span := r.end.Add(-20 * 24 * time.Hour).Sub(first)
	r.custs = make([]profile, 0, n)
	rw := make([]float64, len(regions))
	for i, reg := range regions {
		rw[i] = reg.weight
	}
	aw := make([]float64, len(acquisition))
	for i, a := range acquisition {
		aw[i] = a.w
	}
	for i := 0; i < n; i++ {
		created := first.Add(time.Duration((float64(i) + rng.Float64()) / float64(n) * float64(span))).UTC()
		reg := pickWeighted(rng, rw)
		city := pick(rng, regions[reg].cities)
		c := &feedback.Customer{
			ID:         int64(i + 1),
			ExternalID: fmt.Sprintf("DEMO-C%06d", i+1),
			Region:     regions[reg].name,
			Channel:    acquisition[pickWeighted(rng, aw)].s,
			Consent:    rng.Float64() < 0.88,
			CreatedAt:  created,
			Attributes: map[string]string{"城市": city},
		}
		english := rng.Float64() < 0.12
		var surname string
		if english {
			c.Name = pick(rng, englishFirst) + " " + pick(rng, englishLast)
		} else {
			surname = pick(rng, surnames)
			c.Name = surname + pick(rng, givenChars)
			if rng.Float64() < 0.7 {
				c.Name += pick(rng, givenChars)
			}
		}
		c.Phone = phone(rng)
		if rng.Float64() < 0.35 {
			user := strings.ToLower(strings.ReplaceAll(c.Name, " ", "."))
			if !english {
				user = pinyin[surname]
				if user == "" {
					user = "kh"
				}
				user += fmt.Sprintf("%d", 100+rng.IntN(9900))
			}
			c.Email = user + pick(rng, []string{"@qq.com", "@163.com", "@126.com", "@outlook.com", "@gmail.com"})
		}
		if rng.Float64() < 0.3 { // business customers
			c.Company = city + pick(rng, companyCores) + pick(rng, companyKinds) + "有限公司"
			c.Industry = pick(rng, industries)
		}
		switch x := rng.Float64(); {
		case x < 0.15 || (c.Company != "" && x < 0.35):
			c.Tier = feedback.TierHigh
		case x < 0.5:
			c.Tier = feedback.TierMedium
		default:
			c.Tier = feedback.TierLow
		}
		p := profile{created: created.Unix(), region: uint8(reg), tier: c.Tier, english: english}
		lastActive := r.end
		switch x := rng.Float64(); {
		case x < 0.32:
			c.Relationship, p.bias = feedback.RelLoyal, 0.8
		case x < 0.67:
			c.Relationship, p.bias = feedback.RelPotential, 0.2
		case x < 0.86:
			c.Relationship, p.bias = feedback.RelAtRisk, -0.8
			lastActive = r.end.Add(-time.Duration(90+rng.IntN(90)) * 24 * time.Hour)
		default:
			c.Relationship, p.bias = feedback.RelLost, -1.5
			lastActive = r.end.Add(-time.Duration(180+rng.IntN(220)) * 24 * time.Hour)
		}
		if c.Tier == feedback.TierHigh {
			p.bias += 0.2
		}
		p.lastActive = max(lastActive.Unix(), p.created+86400)
		c.DoNotContact = rng.Float64() < 0.05
		p.dnc = c.DoNotContact || !c.Consent
		level := map[feedback.ValueTier]int{feedback.TierLow: 0, feedback.TierMedium: 1, feedback.TierHigh: 2}[c.Tier]
		if c.Tier == feedback.TierHigh && rng.Float64() < 0.4 {
			level = 3
		}
		c.Attributes["会员等级"] = memberLevels[level]
		if rng.Float64() < 0.6 {
			c.Attributes["偏好联系方式"] = pick(rng, []string{"电话", "微信", "短信", "邮件"})
		}
		c.UpdatedAt = created.Add(time.Duration(rng.IntN(200*24)) * time.Hour)
		if c.UpdatedAt.After(r.end) {
			c.UpdatedAt = created
		}
		r.custs = append(r.custs, p)
		if err := yield(c); err != nil {
			return err
		}
	}
	return nil
}

// phone returns a mobile number as text: mostly 13812345678, sometimes in
// the international form +86 138 1234 5678.
func phone(rng *rand.Rand) string {
	p := pick(rng, mobilePrefixes)
	a, b := rng.IntN(10000), rng.IntN(10000)
	if rng.Float64() < 0.1 {
		return fmt.Sprintf("+86 %s %04d %04d", p, a, b)
	}
	return fmt.Sprintf("%s%04d%04d", p, a, b)
}

// orders yields purchases for RFM: high-value customers buy more often and
// more; customers at risk or lost stopped buying months ago.
func (r *run) orders(yield func(any) error) error {
	rng := r.rng(secOrders)
	n := r.g.Counts().Orders
	pw := make([]float64, len(products))
	for i, p := range products {
		pw[i] = p.weight
	}
	accept := map[feedback.ValueTier]float64{feedback.TierHigh: 1, feedback.TierMedium: 0.5, feedback.TierLow: 0.22}
	for i := 0; i < n; i++ {
		ci := rng.IntN(len(r.custs))
		for rng.Float64() > accept[r.custs[ci].tier] {
			ci = rng.IntN(len(r.custs))
		}
		c := &r.custs[ci]
		from := max(c.created, r.start.AddDate(-2, 0, 0).Unix())
		at := time.Unix(from+rng.Int64N(max(c.lastActive-from, 1)), 0).UTC()
		p := products[pickWeighted(rng, pw)]
		qty := 1.0
		if c.tier == feedback.TierHigh && rng.Float64() < 0.3 {
			qty = float64(2 + rng.IntN(8))
		}
		amount := math.Round(p.price*qty*(0.7+0.3*rng.Float64())*100) / 100
		o := &feedback.Order{
			ID:         int64(i + 1),
			ExternalID: fmt.Sprintf("DEMO-O%07d", i+1),
			CustomerID: int64(ci + 1),
			OrderedAt:  at,
			Amount:     amount,
		}
		if rng.Float64() < 0.06 {
			o.Refund = amount
			if rng.Float64() < 0.5 {
				o.Refund = math.Round(amount*(0.1+0.4*rng.Float64())*100) / 100
			}
		}
		if err := yield(o); err != nil {
			return err
		}
	}
	return nil
}
