-- Placeholder for closed loop and care plans (helper: rules and what they created); filled by its issue-8 change.
SELECT 1;
