-- Facet counts of the whole catalogue (event/FacetTotals): per facet and value, how many published events with
-- a scheduled or postponed status end after event_facet_horizon.counted_after. Every event write keeps them
-- in its own transaction; a search reads them instead of counting every event.
CREATE TABLE event_facet_total (
    facet       VARCHAR(16) NOT NULL,
    facet_value VARCHAR(80) NOT NULL,
    events      BIGINT      NOT NULL,
    PRIMARY KEY (facet, facet_value)
);
