CREATE TABLE city_membership (
    city_slug    VARCHAR(80) NOT NULL REFERENCES city (slug),
    network_slug VARCHAR(80) NOT NULL REFERENCES network (slug),
    joined_year  INTEGER,
    PRIMARY KEY (city_slug, network_slug)
);
CREATE INDEX city_membership_network ON city_membership (network_slug);
