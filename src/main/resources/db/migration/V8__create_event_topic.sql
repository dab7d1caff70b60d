CREATE TABLE event_topic (
    event_id   UUID        NOT NULL REFERENCES event (id),
    topic_slug VARCHAR(80) NOT NULL REFERENCES topic (slug),
    PRIMARY KEY (event_id, topic_slug)
);
CREATE INDEX event_topic_topic ON event_topic (topic_slug);
