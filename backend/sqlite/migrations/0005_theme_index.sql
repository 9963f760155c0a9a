-- Materialised verbatim themes: which themes each comment and each
-- complaint has under the current codebook (keyword rules plus a person's
-- decisions), so the dashboard's theme figures are grouped counts over an
-- index instead of re-reading and re-matching every text of the trend.
--
-- Kept by IndexThemes (themeindex.go), incrementally: theme_index holds per
-- kind the codebook version the rows were made with and the highest id
-- looked at; ids above it are tagged on the next refresh, a new codebook
-- version rebuilds. Rows of deleted responses and tickets cascade away.
-- Everything else that changes a text's themes queues it in theme_dirty
-- through the triggers below (an edited comment or NPS answer, a person's
-- decision), so no writer has to know. SQLite reuses an id only above the
-- largest remaining one, so a delete lowers the watermark to that largest
-- id (deleting an old row leaves it alone) and reused ids are tagged anew.
CREATE TABLE theme_index (
	kind      TEXT PRIMARY KEY CHECK (kind IN ('response', 'ticket')),
	version   TEXT NOT NULL,
	watermark INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE theme_dirty (
	kind TEXT NOT NULL CHECK (kind IN ('response', 'ticket')),
	id   INTEGER NOT NULL,
	PRIMARY KEY (kind, id)
) WITHOUT ROWID;

-- One row per response with free text (its text answers joined), with the
-- response's first valid NPS answer (NULL when none). day_key is the
-- yyyymmdd of submission in the reporting zone: dashboard periods are whole
-- days, and an integer keeps the rows and their index small.
CREATE TABLE response_texts (
	response_id INTEGER PRIMARY KEY REFERENCES responses(id) ON DELETE CASCADE,
	survey_id   INTEGER NOT NULL,
	day_key     INTEGER NOT NULL,
	nps         INTEGER
);
CREATE INDEX response_texts_day ON response_texts(day_key, survey_id, nps);

-- One row per theme of a response text; the response's day, survey and NPS
-- are copied so the figures never touch the responses table. (A response
-- list filtered by theme looks rows up by the primary key.)
CREATE TABLE response_theme_tags (
	response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
	theme       TEXT NOT NULL,
	survey_id   INTEGER NOT NULL,
	day_key     INTEGER NOT NULL,
	nps         INTEGER,
	PRIMARY KEY (response_id, theme)
) WITHOUT ROWID;
CREATE INDEX response_theme_tags_day ON response_theme_tags(day_key, theme, survey_id, nps);

-- One row per theme of a complaint (title and description).
CREATE TABLE ticket_theme_tags (
	ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
	theme     TEXT NOT NULL,
	day_key   INTEGER NOT NULL,
	PRIMARY KEY (ticket_id, theme)
) WITHOUT ROWID;
CREATE INDEX ticket_theme_tags_day ON ticket_theme_tags(day_key, theme);

-- Manual theme decisions on complaints, as response_themes for responses.
CREATE TABLE ticket_themes (
	ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
	theme      TEXT NOT NULL,
	present    INTEGER NOT NULL CHECK (present IN (0, 1)),
	updated_at TEXT NOT NULL,
	PRIMARY KEY (ticket_id, theme)
) WITHOUT ROWID;

CREATE TRIGGER theme_index_response_deleted AFTER DELETE ON responses
BEGIN
	UPDATE theme_index SET watermark = coalesce((SELECT max(id) FROM responses), 0)
	WHERE kind = 'response' AND watermark > coalesce((SELECT max(id) FROM responses), 0);
END;

CREATE TRIGGER theme_dirty_response_moved AFTER UPDATE OF survey_id, submitted_at, month_key ON responses
BEGIN
	INSERT OR IGNORE INTO theme_dirty (kind, id) VALUES ('response', new.id);
END;

CREATE TRIGGER theme_dirty_answer_edited AFTER UPDATE OF text, number, status ON answers
BEGIN
	INSERT OR IGNORE INTO theme_dirty (kind, id) VALUES ('response', new.response_id);
END;

CREATE TRIGGER theme_dirty_response_decided AFTER INSERT ON response_themes
BEGIN
	INSERT OR IGNORE INTO theme_dirty (kind, id) VALUES ('response', new.response_id);
END;

CREATE TRIGGER theme_dirty_response_redecided AFTER UPDATE ON response_themes
BEGIN
	INSERT OR IGNORE INTO theme_dirty (kind, id) VALUES ('response', new.response_id);
END;

CREATE TRIGGER theme_index_ticket_deleted AFTER DELETE ON tickets
BEGIN
	UPDATE theme_index SET watermark = coalesce((SELECT max(id) FROM tickets), 0)
	WHERE kind = 'ticket' AND watermark > coalesce((SELECT max(id) FROM tickets), 0);
END;

CREATE TRIGGER theme_dirty_ticket_edited AFTER UPDATE OF title, description, created_at, month_key ON tickets
BEGIN
	INSERT OR IGNORE INTO theme_dirty (kind, id) VALUES ('ticket', new.id);
END;

CREATE TRIGGER theme_dirty_ticket_decided AFTER INSERT ON ticket_themes
BEGIN
	INSERT OR IGNORE INTO theme_dirty (kind, id) VALUES ('ticket', new.ticket_id);
END;

CREATE TRIGGER theme_dirty_ticket_redecided AFTER UPDATE ON ticket_themes
BEGIN
	INSERT OR IGNORE INTO theme_dirty (kind, id) VALUES ('ticket', new.ticket_id);
END;
