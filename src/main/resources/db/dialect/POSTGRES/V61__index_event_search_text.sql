-- search_text is already a tsvector literal of folded terms ("numerique:1A climat:1"), written by the
-- application, so the cast needs no text-search configuration, parser or unaccent extension. Stored once
-- as a tsvector, so that rows the GIN index cannot settle (prefixes, title weights) are not parsed again.
ALTER TABLE event ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (CAST(search_text AS tsvector)) STORED;
CREATE INDEX event_search_vector ON event USING GIN (search_vector);
