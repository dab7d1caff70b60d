-- How long the longest event lasts (seconds), kept by EventStore on every write and never lowered:
-- event search turns "not ended by T" into "started after T minus this", a range on the start index
-- (see org.learncal.event.LongestEvent and docs/benchmarks.md).
ALTER TABLE catalog_version ADD COLUMN longest_event_seconds BIGINT DEFAULT 0 NOT NULL;
UPDATE catalog_version
   SET longest_event_seconds = COALESCE(
       (SELECT CAST(CEILING(MAX(EXTRACT(EPOCH FROM end_at) - EXTRACT(EPOCH FROM start_at))) AS BIGINT) FROM event), 0)
 WHERE id = 1;
