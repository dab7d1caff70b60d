CREATE TABLE topic (
    slug     VARCHAR(80)  PRIMARY KEY,
    label_en VARCHAR(200) NOT NULL,
    label_fr VARCHAR(200) NOT NULL
);
