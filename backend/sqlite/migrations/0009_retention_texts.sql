-- Retention runs also mask contact details in the free text of the
-- responses they anonymise (backend/redact); the log counts those texts.
ALTER TABLE privacy_log ADD COLUMN texts INTEGER NOT NULL DEFAULT 0;
