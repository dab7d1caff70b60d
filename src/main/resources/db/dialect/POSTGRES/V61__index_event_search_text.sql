-- search_text is already a tsvector literal of folded terms ("numerique:1A climat:1"), written by the
-- application, so the cast needs no text-search configuration, parser or unaccent extension
CREATE INDEX event_search_vector ON event USING GIN (CAST(search_text AS tsvector));
