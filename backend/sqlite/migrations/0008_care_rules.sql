-- Closed loop and care plans (issue 8): rules that turn signals into work,
-- and one row per piece of work a rule created.
--
-- care_rules holds each rule's switch and its parameters (JSON, read and
-- defaulted by backend/careloop). A rule without a row is off with its
-- default parameters, so no rule acts before someone switches it on.
CREATE TABLE care_rules (
	key        TEXT PRIMARY KEY CHECK (key IN ('low_score_ticket', 'resolved_call', 'high_value_call', 'churn_risk')),
	enabled    INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
	params     TEXT NOT NULL DEFAULT '{}',
	updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- care_actions: what a rule created for one trigger. The trigger is the
-- source (a response, a ticket or a customer) and a period key ('' for a
-- one-off trigger, the period of a periodic one, e.g. the care-call cycle
-- or the month of a churn-risk entry). UNIQUE(rule, source, period) makes a
-- rule's run idempotent: the action row and the work it stands for are
-- written in one transaction, and a second run finds the row and creates
-- nothing.
--
-- kind says what the work is: 'ticket' (a follow-up ticket, ticket_id), a
-- scheduled 'call' (due_at: when the customer is to be called), or a 'risk'
-- entry on the churn-risk list (due_at set once someone adds it to the
-- follow-up queue). detail is JSON the screen shows (the score, the
-- churn-risk conditions).
CREATE TABLE care_actions (
	id          INTEGER PRIMARY KEY,
	rule        TEXT NOT NULL,
	source_kind TEXT NOT NULL CHECK (source_kind IN ('response', 'ticket', 'customer')),
	source_id   INTEGER NOT NULL,
	period_key  TEXT NOT NULL DEFAULT '',
	kind        TEXT NOT NULL CHECK (kind IN ('ticket', 'call', 'risk')),
	customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
	response_id INTEGER REFERENCES responses(id) ON DELETE SET NULL,
	ticket_id   INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
	due_at      TEXT,
	detail      TEXT NOT NULL DEFAULT '{}',
	created_at  TEXT NOT NULL,
	UNIQUE (rule, source_kind, source_id, period_key)
);
CREATE INDEX care_actions_rule ON care_actions(rule, created_at);
CREATE INDEX care_actions_due ON care_actions(due_at) WHERE due_at IS NOT NULL;
