-- Placeholder for customer scores (helper: score settings, monthly snapshots, saved segments); filled by its issue-8 change.
SELECT 1;
