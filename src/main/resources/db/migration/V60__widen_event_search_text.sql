-- search_text now holds the indexed terms of title, description, venue, organizers and city (see TextIndex);
-- Chinese and Japanese text becomes character pairs, which takes more room than the text itself
ALTER TABLE event ALTER COLUMN search_text SET DATA TYPE VARCHAR(100000);
