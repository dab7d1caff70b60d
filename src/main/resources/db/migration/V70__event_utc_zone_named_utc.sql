-- An import whose organizer had no city placed floating times at ZoneOffset.UTC, stored as 'Z'. A bare
-- offset now means 'time zone as given by the source' (a VTIMEZONE that matched no IANA zone): name UTC.
UPDATE event SET time_zone = 'UTC' WHERE time_zone = 'Z';
