-- The change feed's log (org.learncal.change): one row per change of an event, numbered by the catalogue
-- version the write took under its row lock (so numbers are in commit order), with the facts a filtered change
-- feed needs to know whether the event was in it at that change. Superseded rows are pruned after a retention.
CREATE TABLE event_feed_change (
    change_number BIGINT        NOT NULL,
    event_id      UUID          NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    listed        BOOLEAN       NOT NULL,
    network_slug  VARCHAR(80),
    city_slug     VARCHAR(80),
    language      VARCHAR(35)   NOT NULL,
    format        VARCHAR(16)   NOT NULL,
    free          BOOLEAN,
    organizers    VARCHAR(4000) NOT NULL,
    topics        VARCHAR(4000) NOT NULL,
    search_text   VARCHAR(21000) NOT NULL,
    PRIMARY KEY (change_number, event_id)
);
CREATE INDEX event_feed_change_event ON event_feed_change (event_id, change_number);
