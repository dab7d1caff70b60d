-- Which events each source mirrors, by the UID and occurrence its calendar gives them, and the updated_at
-- the source's own last write left: a later one means an edit made in LearnCal.
CREATE TABLE source_event (
    event_id    UUID          PRIMARY KEY REFERENCES event (id),
    source_id   UUID          NOT NULL REFERENCES source (id),
    uid         VARCHAR(1000) NOT NULL,
    recurrence  VARCHAR(40)   NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX source_event_source ON source_event (source_id);
