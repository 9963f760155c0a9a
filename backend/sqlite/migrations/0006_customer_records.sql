-- Placeholder for customer records (helper: duplicates and merge history, privacy: erasure and retention log); filled by its issue-8 change.
SELECT 1;
