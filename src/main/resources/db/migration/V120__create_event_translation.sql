CREATE TABLE event_translation (
    event_id      UUID           NOT NULL REFERENCES event (id),
    language      VARCHAR(35)    NOT NULL,
    title         VARCHAR(300)   NOT NULL,
    description   VARCHAR(20000) NOT NULL,
    status_reason VARCHAR(1000),
    origin        VARCHAR(16)    NOT NULL,
    outdated      BOOLEAN        NOT NULL,
    PRIMARY KEY (event_id, language)
);
