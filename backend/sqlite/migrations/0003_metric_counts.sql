-- Monthly counts of metric-role answers (NPS, CSAT, CES) per survey and per
-- segment, so dashboard trends and breakdowns read a few hundred rows per
-- month instead of every answer. Each segment dimension (channel, region,
-- product, agent) keeps its own rows; the total of a month is the sum over
-- one dimension. The writers (form, phone, kiosk, import, demo loader) add
-- their answers in the same transaction, set-based (metriccounts.go), so a
-- 100k-row import pays one grouped insert, not a trigger per answer.
--   scale_key scale_min * 1000 + scale_max * 10 + inverted (0-10 → 100, 1-5 → 1050)
--   score     the valid answer's integer value; -1 skipped, -2 invalid
CREATE TABLE metric_counts (
	role      TEXT NOT NULL,
	dim       TEXT NOT NULL CHECK (dim IN ('channel', 'region', 'product', 'agent')),
	month_key INTEGER NOT NULL,
	survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
	key       TEXT NOT NULL,
	scale_key INTEGER NOT NULL,
	score     INTEGER NOT NULL,
	n         INTEGER NOT NULL,
	PRIMARY KEY (role, dim, month_key, survey_id, key, scale_key, score)
) WITHOUT ROWID;
CREATE INDEX metric_counts_survey ON metric_counts(survey_id);

INSERT INTO metric_counts (role, dim, month_key, survey_id, key, scale_key, score, n)
SELECT q.role, d.dim, r.month_key, r.survey_id,
	CASE d.dim WHEN 'channel' THEN r.channel WHEN 'region' THEN r.region WHEN 'product' THEN r.product ELSE r.agent END,
	q.scale_min * 1000 + q.scale_max * 10 + q.inverted,
	CASE a.status WHEN 'valid' THEN CAST(a.number AS INTEGER) WHEN 'skipped' THEN -1 ELSE -2 END,
	count(*)
FROM responses r JOIN answers a ON a.response_id = r.id JOIN questions q ON q.id = a.question_id
CROSS JOIN (SELECT 'channel' AS dim UNION ALL SELECT 'region' UNION ALL SELECT 'product' UNION ALL SELECT 'agent') d
WHERE q.role <> ''
GROUP BY 1, 2, 3, 4, 5, 6, 7;
