-- Nearly every event is approved, so an index of every event's review state only misleads the planner: without
-- statistics (autovacuum off, or right after a bulk load) or in a generic plan it takes "review = 'approved'" as
-- selective and reads every approved event to find the few ids it was given (a source run's facet totals: 1.5 s
-- for three facets at 59,000 events, growing with the catalogue). The review queue only looks for events that
-- are not approved: index those alone. (H2 has no partial indexes and keeps statistics by itself.)
DROP INDEX event_review;
CREATE INDEX event_awaiting_review ON event (review) WHERE review <> 'approved';
