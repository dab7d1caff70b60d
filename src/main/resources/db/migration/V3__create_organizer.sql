CREATE TABLE organizer (
    slug      VARCHAR(80)   PRIMARY KEY,
    name      VARCHAR(200)  NOT NULL,
    kind      VARCHAR(32)   NOT NULL,
    website   VARCHAR(2000),
    email     VARCHAR(320),
    city_slug VARCHAR(80) REFERENCES city (slug)
);
