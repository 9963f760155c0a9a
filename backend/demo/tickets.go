package demo

import (
	"math/rand/v2"
	"strconv"
	"time"

	"feedbackdesk/backend/feedback"
)

var (
	categoryWeights = weightsOf(ticketCategories, func(c category) float64 { return c.weight })
	ticketChannelW  = []float64{30, 25, 15, 10, 8, 7, 5} // in feedback.TicketChannels order
	priorityWeights = []float64{5, 20, 50, 25}
)

// tickets yields complaint tickets in creation order, each with its event
// log. Some are opened from detractor responses and link to them.
func (r *run) tickets(yield func(any) error) error {
	rng := r.rng(secTickets)
	n := r.g.Counts().Tickets
	seed := 0
	var eventID int64
	for i := 0; i < n; i++ {
		id := int64(i + 1)
		channel := feedback.TicketChannels[pickWeighted(rng, ticketChannelW)]
		anytime := channel != "phone" && channel != "walk_in"
		created := r.timeline.at(rng, i, n, anytime)
		t := &feedback.Ticket{ID: id, Channel: channel, CreatedAt: created}
		prod := pickWeighted(rng, productWeights)

		// Link to a recent detractor response when one is waiting.
		for seed < len(r.ticketSeeds) && r.ticketSeeds[seed].at < created.Unix()-14*86400 {
			seed++ // too old: nobody opened a ticket for it
		}
		if seed < len(r.ticketSeeds) && r.ticketSeeds[seed].at <= created.Unix() && rng.Float64() < 0.6 {
			ref := r.ticketSeeds[seed]
			seed++
			t.ResponseID, t.CustomerID, prod = int64p(ref.id), int64p(ref.customer), int(ref.product)
			t.Tags = append(t.Tags, "差评回访")
		} else if rng.Float64() > 0.03 {
			if ci := r.customerBefore(rng, created, nil); ci >= 0 {
				t.CustomerID = int64p(int64(ci + 1))
			}
		}
		english, tier := rng.Float64() < 0.05, feedback.TierNone
		if t.CustomerID != nil {
			c := &r.custs[*t.CustomerID-1]
			english, tier = c.english, c.tier
		}
		cat := ticketCategories[pickWeighted(rng, categoryWeights)]
		sub := pick(rng, cat.subs)
		t.Category, t.Subcategory = cat.zh, sub[0]
		t.Priority = 1 + pickWeighted(rng, priorityWeights)
		if tier == feedback.TierHigh && t.Priority > 1 && rng.Float64() < 0.3 {
			t.Priority--
		}
		if tier == feedback.TierHigh {
			t.Tags = append(t.Tags, "VIP")
		}
		if m := created.In(shanghai); m.Month() == time.November && m.Day() <= 20 {
			t.Tags = append(t.Tags, "双十一")
		}
		handler := handlerFor(rng, tier, t.Priority <= 2)
		t.HandlerID = int64p(int64(handler + 1))
		t.Title, t.Description = ticketText(rng, cat, sub, products[prod].name, english)

		log := ticketLog{rng: rng, t: created, end: r.end, ticket: t, nextID: &eventID}
		log.build(handler, english)
		t.Status = log.status
		t.StatusCat = feedback.StatusCategory(log.status)
		t.UpdatedAt = log.t
		if t.StatusCat.Done() && t.CustomerID != nil {
			r.doneTickets = append(r.doneTickets, ticketRef{id: id, customer: *t.CustomerID, resolved: log.resolved.Unix(), handler: uint8(handler)})
		}
		if err := yield(&feedback.TicketRecord{Ticket: t, Events: log.events}); err != nil {
			return err
		}
	}
	return nil
}

// ticketText writes a title and description for a complaint.
func ticketText(rng *rand.Rand, cat category, sub [2]string, prod string, english bool) (string, string) {
	if english {
		title := sub[1] + ": " + prod
		desc := pick(rng, []string{
			"Customer reports a problem with the %s and asks for a quick fix.",
			"Second contact about the %s; the customer is unhappy with the progress.",
			"Customer wants compensation for the issue with the %s.",
		})
		return title, sprintf(desc, prod)
	}
	title := sub[0] + "：" + prod
	desc := pick(rng, []string{
		"客户反映%s出现问题，希望尽快处理。",
		"客户第二次来电反映%s的问题，对处理进度不满。",
		"客户要求就%s的问题给予补偿。",
		"客户情绪激动，投诉%s相关问题，要求主管回电。",
	})
	return title, sprintf(desc, prod)
}

// sprintf replaces the first %s in format with s (the templates are fixed).
func sprintf(format, s string) string {
	for i := 0; i+1 < len(format); i++ {
		if format[i] == '%' && format[i+1] == 's' {
			return format[:i] + s + format[i+2:]
		}
	}
	return format
}

// ticketLog builds a ticket's append-only event log on a moving clock.
// Staff act in business hours; customers write at any time. The log stops
// where the clock passes the end of the period, leaving the ticket open.
type ticketLog struct {
	rng      *rand.Rand
	t, end   time.Time
	ticket   *feedback.Ticket
	nextID   *int64
	events   []*feedback.TicketEvent
	status   string
	resolved time.Time
	stopped  bool
}

// add appends an event after d (moved into business hours for staff) and
// reports whether it fitted inside the period.
func (l *ticketLog) add(d time.Duration, staff bool, e feedback.TicketEvent) bool {
	if l.stopped {
		return false
	}
	at := l.t.Add(d)
	if staff {
		at = nextBusiness(l.rng, at)
	}
	if !at.Before(l.end) {
		l.stopped = true
		return false
	}
	l.t = at
	*l.nextID++
	e.ID, e.TicketID, e.At = *l.nextID, l.ticket.ID, at
	l.events = append(l.events, &e)
	return true
}

// setStatus appends a status change.
func (l *ticketLog) setStatus(d time.Duration, actor, to string) bool {
	from := l.status
	if !l.add(d, actor != "客户", feedback.TicketEvent{Kind: feedback.EventStatus, Actor: actor, From: from, To: to}) {
		return false
	}
	l.status = to
	return true
}

// build writes the life of the ticket: creation, assignment, first reply,
// waits on the customer or a third party, notes, resolution, sometimes a
// reopen, and the automatic close.
func (l *ticketLog) build(handler int, english bool) {
	rng, t := l.rng, l.ticket
	agent := handlerSeeds[handler].name
	l.status = "new"
	*l.nextID++
	l.events = append(l.events, &feedback.TicketEvent{ID: *l.nextID, TicketID: t.ID, At: l.t, Kind: feedback.EventCreated,
		Actor: "客户", To: "new", Channel: t.Channel, Body: t.Description})
	l.add(minutes(rng, 1, 30), false, feedback.TicketEvent{Kind: feedback.EventAssign, Actor: "系统", To: strconv.FormatInt(*t.HandlerID, 10)})

	slow := 1.0
	if handlerSeeds[handler].bias < 0 {
		slow = 1.6
	}
	if rng.Float64() < 0.1 {
		slow *= 4 // the ones that breach
	}
	if l.end.Sub(l.t) < 30*24*time.Hour {
		slow *= 3 // the Double Eleven backlog at the end of the period
	}
	scaled := func(d time.Duration) time.Duration { return time.Duration(float64(d) * slow) }
	first := [4][2]int{{5, 60}, {15, 240}, {30, 600}, {60, 1440}}[t.Priority-1]
	reply := func(d time.Duration, dir, body string) bool {
		return l.add(d, dir == feedback.Outbound, feedback.TicketEvent{Kind: feedback.EventReply, Actor: map[string]string{feedback.Outbound: agent, feedback.Inbound: "客户"}[dir],
			Direction: dir, Channel: t.Channel, Body: body})
	}
	out := func(zh, en string) string {
		if english {
			return en
		}
		return zh
	}
	if !reply(scaled(minutes(rng, first[0], first[1])), feedback.Outbound,
		out("您好，已收到您的反馈，我们正在核实处理，请耐心等待。", "Hello, we have received your message and are looking into it.")) {
		return
	}
	l.setStatus(0, agent, "open")
	for round, rounds := 0, rng.IntN(3); round < rounds; round++ {
		switch x := rng.Float64(); {
		case x < 0.35:
			l.setStatus(minutes(rng, 10, 240), agent, "pending_customer")
			reply(minutes(rng, 60, 3*24*60), feedback.Inbound, out("补充了照片和订单号。", "Here are the photos and my order number."))
			l.setStatus(minutes(rng, 5, 120), agent, "open")
		case x < 0.5 || (x < 0.6 && (t.Category == "物流配送" || t.Category == "售后服务")):
			l.setStatus(minutes(rng, 10, 240), agent, "pending_third_party")
			l.add(0, true, feedback.TicketEvent{Kind: feedback.EventNote, Actor: agent, Body: "已联系快递公司/厂家维修站核实，等待回复。"})
			l.setStatus(scaled(minutes(rng, 4*60, 5*24*60)), agent, "open")
		case x < 0.75:
			l.add(minutes(rng, 10, 600), true, feedback.TicketEvent{Kind: feedback.EventNote, Actor: agent, Body: pick(rng, []string{
				"客户为老客户，注意安抚情绪。", "已申请补偿券50元。", "需二线技术支持确认。", "已与客户电话沟通。"})})
		case x < 0.9:
			reply(minutes(rng, 30, 24*60), feedback.Inbound, out("请问现在处理到哪一步了？", "Any update on this?"))
			reply(minutes(rng, 20, 8*60), feedback.Outbound, out("已在加急处理，预计明天给您答复。", "We are expediting this and will update you tomorrow."))
		default:
			if t.Priority > 1 {
				from := strconv.Itoa(t.Priority)
				t.Priority--
				l.add(minutes(rng, 10, 240), true, feedback.TicketEvent{Kind: feedback.EventPriority, Actor: agent, From: from, To: strconv.Itoa(t.Priority)})
			}
		}
	}
	resolve := func() bool {
		if !reply(scaled(minutes(rng, 60, 4*24*60)), feedback.Outbound, out("问题已处理完毕，如有疑问请随时联系我们。", "Your issue has been resolved. Contact us any time.")) {
			return false
		}
		if !l.setStatus(0, agent, "resolved") {
			return false
		}
		l.resolved = l.t
		return true
	}
	if !resolve() {
		return
	}
	if rng.Float64() < 0.08 {
		if reply(minutes(rng, 24*60, 5*24*60), feedback.Inbound, out("问题又出现了，请再处理一下。", "The problem is back, please help again.")) &&
			l.add(0, false, feedback.TicketEvent{Kind: feedback.EventReopen, Actor: "客户", From: "resolved", To: "open"}) {
			l.status = "open"
			if !resolve() {
				return
			}
		}
	}
	l.setStatus(minutes(rng, 3*24*60, 7*24*60), "系统", "closed")
}
