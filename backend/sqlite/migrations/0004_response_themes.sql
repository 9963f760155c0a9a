-- Manual theme tags on responses. Themes are found by the codebook's
-- keyword rules when figures are computed (the codebook is a setting and
-- can change); this table keeps only what a person decided: present = 1
-- adds a theme the rules missed, present = 0 removes one they found.
CREATE TABLE response_themes (
	response_id INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
	theme       TEXT NOT NULL,
	present     INTEGER NOT NULL CHECK (present IN (0, 1)),
	updated_at  TEXT NOT NULL,
	PRIMARY KEY (response_id, theme)
) WITHOUT ROWID;
