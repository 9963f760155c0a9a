-- Customer records (issue 8): merge history, privacy (erasure log, retention
-- settings and log). No log row here holds a customer's name, phone or
-- email: an erased customer must not survive in a log.

-- One row per merge: the record `merged_id` was folded into `kept_id`; the
-- counts say how much history moved. The merged record stays (with
-- customers.merged_into_id) so older references remain explainable.
CREATE TABLE customer_merges (
	id        INTEGER PRIMARY KEY,
	kept_id   INTEGER NOT NULL,
	merged_id INTEGER NOT NULL,
	responses INTEGER NOT NULL DEFAULT 0,
	tickets   INTEGER NOT NULL DEFAULT 0,
	calls     INTEGER NOT NULL DEFAULT 0,
	orders    INTEGER NOT NULL DEFAULT 0,
	merged_at TEXT NOT NULL
);
CREATE INDEX customer_merges_kept ON customer_merges(kept_id);
CREATE INDEX customer_merges_merged ON customer_merges(merged_id);

-- When a customer was anonymised (NULL: never). An anonymised record keeps
-- its numbers (orders, scores, tickets) without an identity.
ALTER TABLE customers ADD COLUMN anonymised_at TEXT;

-- One row per erasure, anonymisation or retention run: what was done, to
-- which record ID, how many rows were touched. Never the erased values.
CREATE TABLE privacy_log (
	id          INTEGER PRIMARY KEY,
	action      TEXT NOT NULL CHECK (action IN ('erase', 'anonymise', 'retention')),
	customer_id INTEGER,
	months      INTEGER,
	cutoff      TEXT NOT NULL DEFAULT '',
	responses   INTEGER NOT NULL DEFAULT 0,
	tickets     INTEGER NOT NULL DEFAULT 0,
	calls       INTEGER NOT NULL DEFAULT 0,
	orders      INTEGER NOT NULL DEFAULT 0,
	customers   INTEGER NOT NULL DEFAULT 0,
	at          TEXT NOT NULL
);
CREATE INDEX privacy_log_at ON privacy_log(at);

-- Ticket events stay append-only, with one exception: privacy may blank a
-- body (an erased or anonymised customer's words). Nothing else may change.
DROP TRIGGER ticket_events_no_update;
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
WHEN NOT (NEW.body = '' AND NEW.id = OLD.id AND NEW.ticket_id = OLD.ticket_id AND NEW.at = OLD.at AND NEW.kind = OLD.kind
	AND NEW.actor = OLD.actor AND NEW.from_val = OLD.from_val AND NEW.to_val = OLD.to_val
	AND NEW.direction = OLD.direction AND NEW.channel = OLD.channel)
BEGIN SELECT RAISE(ABORT, 'ticket events are append-only'); END;

-- Retention: responses older than this many months are anonymised by the
-- retention job; 0 switches it off.
INSERT OR IGNORE INTO settings (key, value) VALUES ('privacy.retention_months', '0');
