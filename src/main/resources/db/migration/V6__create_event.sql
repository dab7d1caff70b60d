CREATE TABLE event (
    id                  UUID          PRIMARY KEY,
    slug                VARCHAR(160)  NOT NULL UNIQUE,
    title               VARCHAR(300)  NOT NULL,
    description         VARCHAR(20000) NOT NULL,
    language            VARCHAR(35)   NOT NULL,
    time_zone           VARCHAR(64)   NOT NULL,
    all_day             BOOLEAN       NOT NULL,
    start_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    format              VARCHAR(16)   NOT NULL,
    venue_name          VARCHAR(300),
    venue_address       VARCHAR(500),
    venue_latitude      DOUBLE PRECISION,
    venue_longitude     DOUBLE PRECISION,
    city_slug           VARCHAR(80) REFERENCES city (slug),
    network_slug        VARCHAR(80) REFERENCES network (slug),
    join_url            VARCHAR(2000),
    registration_url    VARCHAR(2000),
    audience            VARCHAR(300)  NOT NULL,
    free                BOOLEAN,
    cost                VARCHAR(200),
    recording           BOOLEAN,
    accessibility       VARCHAR(500)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    status_reason       VARCHAR(1000),
    sequence            INTEGER       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    source_url          VARCHAR(2000),
    source_note         VARCHAR(300),
    search_text         VARCHAR(21000) NOT NULL
);
CREATE INDEX event_start ON event (start_at, id);
CREATE INDEX event_end ON event (end_at);
CREATE INDEX event_city ON event (city_slug);
CREATE INDEX event_network ON event (network_slug);
