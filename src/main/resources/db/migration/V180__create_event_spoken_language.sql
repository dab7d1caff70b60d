-- The languages spoken at an event (several with interpretation; position 0 the main one), apart from the
-- language its text is in (event.language). Every event so far was spoken in the language of its text.
CREATE TABLE event_spoken_language (
    event_id UUID        NOT NULL REFERENCES event (id),
    language VARCHAR(35) NOT NULL,
    position INT         NOT NULL,
    PRIMARY KEY (event_id, language)
);
CREATE INDEX event_spoken_language_language ON event_spoken_language (language);
INSERT INTO event_spoken_language (event_id, language, position) SELECT id, language, 0 FROM event;
