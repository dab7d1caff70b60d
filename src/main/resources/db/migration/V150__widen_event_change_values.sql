-- A change of several fields is stored as one row whose new_value lists them all (HistoryStore), up to the whole
-- event when it is created: wider than one field's value. Widening a VARCHAR rewrites nothing on PostgreSQL.
ALTER TABLE event_change ALTER COLUMN new_value SET DATA TYPE VARCHAR(1000000);
