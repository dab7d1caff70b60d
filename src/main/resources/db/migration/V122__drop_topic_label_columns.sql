ALTER TABLE topic DROP COLUMN label_en;
ALTER TABLE topic DROP COLUMN label_fr;
