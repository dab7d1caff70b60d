-- Review state of each event: only approved events are public. Existing (seeded) events are approved.
ALTER TABLE event ADD COLUMN review VARCHAR(16) DEFAULT 'approved' NOT NULL;
ALTER TABLE event ADD COLUMN review_reason VARCHAR(1000);
CREATE INDEX event_review ON event (review);
