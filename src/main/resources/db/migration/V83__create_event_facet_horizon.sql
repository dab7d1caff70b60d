-- The moment from which event_facet_total counts ("ends after"), moved forward now and then; NULL means
-- not counted yet: the service counts every event at its next start (event/FacetUpkeep).
CREATE TABLE event_facet_horizon (
    id            INTEGER PRIMARY KEY,
    counted_after TIMESTAMP WITH TIME ZONE
);
INSERT INTO event_facet_horizon (id, counted_after) VALUES (1, NULL);
