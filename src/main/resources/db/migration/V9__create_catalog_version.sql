-- One row counting changes to the catalogue; caches of rendered feeds compare against it.
CREATE TABLE catalog_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 0);
