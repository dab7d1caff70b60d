-- Organizers that a network trusts to publish without review.
CREATE TABLE trusted_organizer (
    network_slug   VARCHAR(80) NOT NULL REFERENCES network (slug),
    organizer_slug VARCHAR(80) NOT NULL REFERENCES organizer (slug),
    PRIMARY KEY (network_slug, organizer_slug)
);
