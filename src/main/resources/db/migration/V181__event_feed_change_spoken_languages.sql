-- What the change feed's language filter tests: the languages spoken at the event, comma-separated.
-- Changes recorded before hold NULL: their event was spoken in the language of its text (column language).
ALTER TABLE event_feed_change ADD COLUMN spoken_languages VARCHAR(400);
