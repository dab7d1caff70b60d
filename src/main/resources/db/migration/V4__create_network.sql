CREATE TABLE network (
    slug             VARCHAR(80)   PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    website          VARCHAR(2000),
    coordinator_slug VARCHAR(80) REFERENCES organizer (slug)
);
