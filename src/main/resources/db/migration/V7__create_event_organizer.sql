CREATE TABLE event_organizer (
    event_id       UUID        NOT NULL REFERENCES event (id),
    organizer_slug VARCHAR(80) NOT NULL REFERENCES organizer (slug),
    position       INTEGER     NOT NULL,
    PRIMARY KEY (event_id, organizer_slug)
);
CREATE INDEX event_organizer_organizer ON event_organizer (organizer_slug);
