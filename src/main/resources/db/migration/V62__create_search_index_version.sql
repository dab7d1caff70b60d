-- The version of the term rules that built search_text (and H2's event_term); a newer application
-- rebuilds the index of every event once at startup (TextIndexUpgrade)
CREATE TABLE search_index_version (
    id      INTEGER PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO search_index_version (id, version) VALUES (1, 0);
