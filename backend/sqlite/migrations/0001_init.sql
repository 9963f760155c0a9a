-- Feedback Desk schema, version 1: the whole product's core, designed together.
-- Timestamps are TEXT in UTC, RFC 3339 with nanoseconds ("2026-10-05T01:02:03.000000000Z"),
-- so they sort as text. month_key columns are yyyymm in the reporting time zone,
-- stored so monthly aggregates read an index instead of converting timestamps.

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE handlers (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	team       TEXT NOT NULL DEFAULT '',
	email      TEXT NOT NULL DEFAULT '',
	active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
	created_at TEXT NOT NULL
);

CREATE TABLE customers (
	id             INTEGER PRIMARY KEY,
	external_id    TEXT,
	name           TEXT NOT NULL DEFAULT '',
	phone          TEXT NOT NULL DEFAULT '',
	email          TEXT NOT NULL DEFAULT '',
	company        TEXT NOT NULL DEFAULT '',
	region         TEXT NOT NULL DEFAULT '',
	industry       TEXT NOT NULL DEFAULT '',
	channel        TEXT NOT NULL DEFAULT '',
	tier           TEXT NOT NULL DEFAULT '' CHECK (tier IN ('', 'high', 'medium', 'low')),
	relationship   TEXT NOT NULL DEFAULT '' CHECK (relationship IN ('', 'loyal', 'potential', 'at_risk', 'lost')),
	consent        INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
	do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
	merged_into_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX customers_external_id ON customers(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX customers_phone ON customers(phone) WHERE phone <> '';
CREATE INDEX customers_email ON customers(email COLLATE NOCASE) WHERE email <> '';

CREATE TABLE customer_attributes (
	customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
	key         TEXT NOT NULL,
	value       TEXT NOT NULL,
	PRIMARY KEY (customer_id, key)
) WITHOUT ROWID;

CREATE TABLE orders (
	id          INTEGER PRIMARY KEY,
	external_id TEXT,
	customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
	ordered_at  TEXT NOT NULL,
	amount      REAL NOT NULL DEFAULT 0,
	refund      REAL NOT NULL DEFAULT 0 CHECK (refund >= 0)
);
CREATE UNIQUE INDEX orders_external_id ON orders(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX orders_customer ON orders(customer_id, ordered_at);

CREATE TABLE surveys (
	id             INTEGER PRIMARY KEY,
	title          TEXT NOT NULL DEFAULT '',
	title_en       TEXT NOT NULL DEFAULT '',
	description    TEXT NOT NULL DEFAULT '',
	description_en TEXT NOT NULL DEFAULT '',
	status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'closed')),
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL
);

CREATE TABLE questions (
	id        INTEGER PRIMARY KEY,
	survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
	position  INTEGER NOT NULL,
	type      TEXT NOT NULL CHECK (type IN ('nps', 'csat', 'ces', 'rating', 'single', 'multi', 'text')),
	title     TEXT NOT NULL DEFAULT '',
	title_en  TEXT NOT NULL DEFAULT '',
	required  INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
	role      TEXT NOT NULL DEFAULT '' CHECK (role IN ('', 'nps', 'csat', 'ces')),
	scale_min INTEGER NOT NULL DEFAULT 0,
	scale_max INTEGER NOT NULL DEFAULT 0,
	inverted  INTEGER NOT NULL DEFAULT 0 CHECK (inverted IN (0, 1)),
	long_text INTEGER NOT NULL DEFAULT 0 CHECK (long_text IN (0, 1)),
	options   TEXT NOT NULL DEFAULT '[]' -- JSON array of {value,label,labelEn}
);
CREATE INDEX questions_survey ON questions(survey_id, position);

CREATE TABLE import_batches (
	id          INTEGER PRIMARY KEY,
	target      TEXT NOT NULL,
	file_name   TEXT NOT NULL DEFAULT '',
	file_hash   TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL CHECK (status IN ('committed', 'failed')),
	rows        INTEGER NOT NULL DEFAULT 0,
	imported    INTEGER NOT NULL DEFAULT 0,
	duplicates  INTEGER NOT NULL DEFAULT 0,
	rejected    INTEGER NOT NULL DEFAULT 0,
	mapping     TEXT NOT NULL DEFAULT '{}',
	started_at  TEXT NOT NULL,
	finished_at TEXT NOT NULL
);
CREATE INDEX import_batches_hash ON import_batches(file_hash);

-- Remembered column mappings, keyed by a source layout's header signature.
CREATE TABLE import_mappings (
	signature  TEXT PRIMARY KEY,
	target     TEXT NOT NULL,
	mapping    TEXT NOT NULL,
	updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE responses (
	id              INTEGER PRIMARY KEY,
	survey_id       INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
	customer_id     INTEGER REFERENCES customers(id) ON DELETE SET NULL,
	external_id     TEXT NOT NULL DEFAULT '',
	row_key         TEXT NOT NULL,
	source          TEXT NOT NULL CHECK (source IN ('form', 'phone', 'kiosk', 'import')),
	channel         TEXT NOT NULL DEFAULT '',
	region          TEXT NOT NULL DEFAULT '',
	product         TEXT NOT NULL DEFAULT '',
	agent           TEXT NOT NULL DEFAULT '',
	submitted_at    TEXT NOT NULL,
	month_key       INTEGER NOT NULL, -- yyyymm of submitted_at in the reporting zone
	import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
	note            TEXT NOT NULL DEFAULT '',
	created_at      TEXT NOT NULL
);
-- The idempotency key: importing the same row twice adds it once.
CREATE UNIQUE INDEX responses_row_key ON responses(survey_id, row_key);
CREATE INDEX responses_survey_month ON responses(survey_id, month_key);
CREATE INDEX responses_month ON responses(month_key, channel);
CREATE INDEX responses_customer ON responses(customer_id, submitted_at) WHERE customer_id IS NOT NULL;

CREATE TABLE response_tags (
	response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
	tag         TEXT NOT NULL,
	PRIMARY KEY (response_id, tag)
) WITHOUT ROWID;

CREATE TABLE answers (
	response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
	question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
	number      REAL,
	text        TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'skipped', 'invalid')),
	raw         TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;
CREATE INDEX answers_question ON answers(question_id, status, number);

-- Configurable ticket statuses, each mapped to the category the SLA engine understands.
CREATE TABLE ticket_statuses (
	key      TEXT PRIMARY KEY,
	name     TEXT NOT NULL,
	name_en  TEXT NOT NULL,
	category TEXT NOT NULL CHECK (category IN ('new', 'open', 'pending_customer', 'pending_third_party', 'resolved', 'closed')),
	position INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO ticket_statuses (key, name, name_en, category, position) VALUES
	('new', '新建', 'New', 'new', 1),
	('open', '处理中', 'Open', 'open', 2),
	('pending_customer', '待客户回复', 'Waiting on customer', 'pending_customer', 3),
	('pending_third_party', '待第三方', 'Waiting on third party', 'pending_third_party', 4),
	('resolved', '已解决', 'Resolved', 'resolved', 5),
	('closed', '已关闭', 'Closed', 'closed', 6);

-- Configurable category tree: a category row has parent '' ; a subcategory names its parent.
CREATE TABLE ticket_categories (
	key      TEXT PRIMARY KEY,
	parent   TEXT NOT NULL DEFAULT '',
	name     TEXT NOT NULL,
	name_en  TEXT NOT NULL,
	position INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE tickets (
	id              INTEGER PRIMARY KEY,
	title           TEXT NOT NULL,
	description     TEXT NOT NULL DEFAULT '',
	customer_id     INTEGER REFERENCES customers(id) ON DELETE SET NULL,
	channel         TEXT NOT NULL DEFAULT 'other',
	category        TEXT NOT NULL DEFAULT '',
	subcategory     TEXT NOT NULL DEFAULT '',
	priority        INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 4),
	status          TEXT NOT NULL,
	status_category TEXT NOT NULL CHECK (status_category IN ('new', 'open', 'pending_customer', 'pending_third_party', 'resolved', 'closed')),
	handler_id      INTEGER REFERENCES handlers(id) ON DELETE SET NULL,
	response_id     INTEGER REFERENCES responses(id) ON DELETE SET NULL,
	import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
	row_key         TEXT,
	created_at      TEXT NOT NULL,
	month_key       INTEGER NOT NULL, -- yyyymm of created_at in the reporting zone
	updated_at      TEXT NOT NULL
);
CREATE INDEX tickets_month ON tickets(month_key, category);
CREATE INDEX tickets_status ON tickets(status_category, priority);
CREATE INDEX tickets_customer ON tickets(customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX tickets_handler ON tickets(handler_id) WHERE handler_id IS NOT NULL;
CREATE UNIQUE INDEX tickets_row_key ON tickets(row_key) WHERE row_key IS NOT NULL;

CREATE TABLE ticket_tags (
	ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
	tag       TEXT NOT NULL,
	PRIMARY KEY (ticket_id, tag)
) WITHOUT ROWID;

-- Append-only: rows are inserted, never updated or deleted (enforced below).
CREATE TABLE ticket_events (
	id        INTEGER PRIMARY KEY,
	ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
	at        TEXT NOT NULL,
	kind      TEXT NOT NULL CHECK (kind IN ('created', 'status', 'priority', 'assign', 'reply', 'note', 'reopen', 'policy', 'category')),
	actor     TEXT NOT NULL DEFAULT '',
	from_val  TEXT NOT NULL DEFAULT '',
	to_val    TEXT NOT NULL DEFAULT '',
	direction TEXT NOT NULL DEFAULT '' CHECK (direction IN ('', 'inbound', 'outbound')),
	channel   TEXT NOT NULL DEFAULT '',
	body      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at, id);
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END;

CREATE TABLE followup_calls (
	id           INTEGER PRIMARY KEY,
	customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
	response_id  INTEGER REFERENCES responses(id) ON DELETE SET NULL,
	ticket_id    INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
	survey_id    INTEGER REFERENCES surveys(id) ON DELETE SET NULL,
	handler_id   INTEGER REFERENCES handlers(id) ON DELETE SET NULL,
	reason       TEXT NOT NULL DEFAULT '',
	attempt_at   TEXT NOT NULL,
	disposition  TEXT NOT NULL CHECK (disposition IN ('completed', 'no_answer', 'busy', 'refused', 'wrong_number', 'callback')),
	callback_at  TEXT,
	note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX followup_calls_customer ON followup_calls(customer_id, attempt_at);
CREATE INDEX followup_calls_attempt ON followup_calls(attempt_at);

-- Business calendars and SLA policies; both versioned: an edit adds a version row.
CREATE TABLE calendars (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE,
	created_at TEXT NOT NULL
);
CREATE TABLE calendar_versions (
	calendar_id INTEGER NOT NULL REFERENCES calendars(id) ON DELETE CASCADE,
	version     INTEGER NOT NULL,
	definition  TEXT NOT NULL, -- JSON: zone, 24x7, weekly intervals, date overrides
	created_at  TEXT NOT NULL,
	PRIMARY KEY (calendar_id, version)
) WITHOUT ROWID;

CREATE TABLE sla_policies (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE,
	position   INTEGER NOT NULL,
	active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
	created_at TEXT NOT NULL
);
CREATE TABLE sla_policy_versions (
	policy_id   INTEGER NOT NULL REFERENCES sla_policies(id) ON DELETE CASCADE,
	version     INTEGER NOT NULL,
	calendar_id INTEGER REFERENCES calendars(id) ON DELETE SET NULL,
	definition  TEXT NOT NULL, -- JSON: conditions, per-priority targets, pauses, reopen rule, escalations
	created_at  TEXT NOT NULL,
	PRIMARY KEY (policy_id, version)
) WITHOUT ROWID;

-- Which policy version applied to a ticket (kept when rules change later).
CREATE TABLE ticket_sla (
	ticket_id      INTEGER PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
	policy_id      INTEGER REFERENCES sla_policies(id) ON DELETE SET NULL,
	policy_version INTEGER NOT NULL DEFAULT 0
);
