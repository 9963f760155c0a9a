-- Customer management score (issue 8): the score settings as one row, the
-- monthly score snapshots behind the tier migration matrix, and saved
-- customer segments (attribute filters as JSON).

-- The one row of score settings (id = 1): component weights (only their
-- ratios matter), tier thresholds, the RFM/complaint window and RFM mode
-- ('' = automatic: quintiles from 500 scored customers, fixed breakpoints below).
CREATE TABLE customer_score_settings (
	id             INTEGER PRIMARY KEY CHECK (id = 1),
	w_value        REAL NOT NULL DEFAULT 0.4 CHECK (w_value >= 0),
	w_satisfaction REAL NOT NULL DEFAULT 0.3 CHECK (w_satisfaction >= 0),
	w_loyalty      REAL NOT NULL DEFAULT 0.3 CHECK (w_loyalty >= 0),
	w_complaints   REAL NOT NULL DEFAULT 0 CHECK (w_complaints >= 0),
	tier_high      REAL NOT NULL DEFAULT 70,
	tier_medium    REAL NOT NULL DEFAULT 40,
	window_days    INTEGER NOT NULL DEFAULT 365 CHECK (window_days >= 1),
	rfm_mode       TEXT NOT NULL DEFAULT '' CHECK (rfm_mode IN ('', 'quintiles', 'breakpoints')),
	updated_at     TEXT NOT NULL DEFAULT '',
	CHECK (tier_medium >= 0 AND tier_medium < tier_high AND tier_high <= 100)
);
INSERT INTO customer_score_settings (id) VALUES (1);

-- One customer's score in one month (month_key yyyymm in the reporting
-- zone), taken at the end of that month or, for the current month, at the
-- time of taking; taking it again replaces the month's rows. score is NULL
-- when no weighted component is known (tier '').
CREATE TABLE customer_score_snapshots (
	month_key   INTEGER NOT NULL,
	customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
	score       REAL,
	tier        TEXT NOT NULL DEFAULT '' CHECK (tier IN ('', 'high', 'medium', 'low')),
	partial     INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
	components  TEXT NOT NULL DEFAULT '{}',
	taken_at    TEXT NOT NULL,
	PRIMARY KEY (month_key, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_score_snapshots_customer ON customer_score_snapshots(customer_id, month_key);

-- A saved segment: a name and the attribute filter it stands for.
CREATE TABLE customer_segments (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
	filter     TEXT NOT NULL DEFAULT '{}',
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
