-- The fingerprint of the seed data last loaded into this database; NULL until then. A start whose packaged seed
-- data has the same fingerprint skips the seed check (seed/SeedLoader.loadIfChanged).
CREATE TABLE seed_state (
    id          INTEGER PRIMARY KEY,
    fingerprint VARCHAR(64)
);
INSERT INTO seed_state (id, fingerprint) VALUES (1, NULL);
