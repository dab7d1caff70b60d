-- Which imported iCalendar component (UID, and RECURRENCE-ID for one occurrence of a series) became which event.
CREATE TABLE event_uid (
    event_id       UUID          PRIMARY KEY REFERENCES event (id),
    organizer_slug VARCHAR(80)   NOT NULL REFERENCES organizer (slug),
    uid            VARCHAR(1000) NOT NULL,
    recurrence     VARCHAR(40)   NOT NULL,
    UNIQUE (organizer_slug, uid, recurrence)
);
