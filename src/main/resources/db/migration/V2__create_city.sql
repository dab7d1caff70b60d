CREATE TABLE city (
    slug      VARCHAR(80)  PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    country   CHAR(2)      NOT NULL,
    time_zone VARCHAR(64)  NOT NULL,
    latitude  DOUBLE PRECISION,
    longitude DOUBLE PRECISION
);
CREATE INDEX city_country ON city (country);
