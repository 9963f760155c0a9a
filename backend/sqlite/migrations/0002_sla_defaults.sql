-- The default business calendar and SLA policy, so a new database computes SLA
-- states out of the box. Both are ordinary versioned rows: editing them adds
-- a version, and tickets keep the policy version they were created under.
INSERT INTO calendars (id, name, created_at) VALUES (1, '标准工作日', '2026-01-01T00:00:00.000000Z');
INSERT INTO calendar_versions (calendar_id, version, definition, created_at) VALUES (1, 1,
	'{"zone":"Asia/Shanghai","weekly":{"mon":[["09:00","12:00"],["13:30","18:00"]],"tue":[["09:00","12:00"],["13:30","18:00"]],"wed":[["09:00","12:00"],["13:30","18:00"]],"thu":[["09:00","12:00"],["13:30","18:00"]],"fri":[["09:00","12:00"],["13:30","18:00"]]}}',
	'2026-01-01T00:00:00.000000Z');

-- Targets in business minutes; the waiting statuses pause every target
-- (the policy default); warnings at 75% and 90% of a target.
INSERT INTO sla_policies (id, name, position, active, created_at) VALUES (1, '默认 SLA', 1, 1, '2026-01-01T00:00:00.000000Z');
INSERT INTO sla_policy_versions (policy_id, version, calendar_id, definition, created_at) VALUES (1, 1, 1,
	'{"name":"默认 SLA","version":1,"calendar":"标准工作日","conditions":{},"targets":{'
	|| '"P1":{"first_response":{"minutes":30},"next_reply":{"minutes":60},"resolution":{"minutes":480}},'
	|| '"P2":{"first_response":{"minutes":60},"next_reply":{"minutes":120},"resolution":{"minutes":960}},'
	|| '"P3":{"first_response":{"minutes":240},"next_reply":{"minutes":480},"resolution":{"minutes":2400}},'
	|| '"P4":{"first_response":{"minutes":480},"next_reply":{"minutes":960},"resolution":{"minutes":4800}}},'
	|| '"warnings":[75,90]}',
	'2026-01-01T00:00:00.000000Z');
