-- External iCalendar feeds that LearnCal pulls (org.learncal.source): what was registered, the state of the
-- pulling (validators of the last body, health, backoff) and the lease that lets one instance pull at a time.
CREATE TABLE source (
    id               UUID          PRIMARY KEY,
    url              VARCHAR(2000) NOT NULL,
    organizer_slug   VARCHAR(80)   NOT NULL REFERENCES organizer (slug),
    language         VARCHAR(35)   NOT NULL,
    topics           VARCHAR(4000) NOT NULL,
    format           VARCHAR(16),
    trust            VARCHAR(16)   NOT NULL,
    update_authority VARCHAR(16)   NOT NULL,
    interval_seconds BIGINT        NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    state_reason     VARCHAR(2000),
    created_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    etag             VARCHAR(1000),
    last_modified    VARCHAR(100),
    content_hash     VARCHAR(64),
    runs             BIGINT        NOT NULL,
    last_attempt     TIMESTAMP WITH TIME ZONE,
    last_success     TIMESTAMP WITH TIME ZONE,
    last_outcome     VARCHAR(32),
    last_detail      VARCHAR(2000),
    last_run         VARCHAR(200000),
    failures         INT           NOT NULL,
    next_attempt     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed        BOOLEAN       NOT NULL,
    lease_owner      VARCHAR(100),
    lease_until      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX source_due ON source (next_attempt);
CREATE INDEX source_organizer ON source (organizer_slug);
