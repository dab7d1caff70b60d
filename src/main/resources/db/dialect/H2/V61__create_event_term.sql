-- H2 has no inverted index of its own that folds accents and matches prefixes: this table is one,
-- kept by TermTable in the transaction of every event write. One row per distinct term of an event.
CREATE TABLE event_term (
    term     VARCHAR(64) NOT NULL,
    event_id UUID        NOT NULL REFERENCES event (id),
    in_title BOOLEAN     NOT NULL,
    PRIMARY KEY (term, event_id)
);
CREATE INDEX event_term_event ON event_term (event_id, term);
