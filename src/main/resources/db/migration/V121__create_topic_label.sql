CREATE TABLE topic_label (
    topic_slug VARCHAR(80)  NOT NULL REFERENCES topic (slug),
    language   VARCHAR(35)  NOT NULL,
    label      VARCHAR(200) NOT NULL,
    PRIMARY KEY (topic_slug, language)
);
INSERT INTO topic_label (topic_slug, language, label) SELECT slug, 'en', label_en FROM topic;
INSERT INTO topic_label (topic_slug, language, label) SELECT slug, 'fr', label_fr FROM topic;
