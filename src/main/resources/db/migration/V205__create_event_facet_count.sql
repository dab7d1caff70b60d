-- The facet totals of event/FacetTotals, split by each event's format and whether it is free: per facet value,
-- format and cost, how many published events with a scheduled or postponed status end after
-- event_facet_horizon.counted_after. A search filtered by format or cost alone then adds up its slices instead of
-- counting its matches. Every event write keeps them in its own transaction; filled at the next start (V206).
-- event_facet_total (V82) stays, unused, so that an older build still runs on this database (benchmarks compare
-- builds on one database).
CREATE TABLE event_facet_count (
    facet        VARCHAR(16) NOT NULL,
    facet_value  VARCHAR(80) NOT NULL,
    event_format VARCHAR(16) NOT NULL,
    event_free   BOOLEAN     NOT NULL,
    events       BIGINT      NOT NULL,
    PRIMARY KEY (facet, facet_value, event_format, event_free)
);
