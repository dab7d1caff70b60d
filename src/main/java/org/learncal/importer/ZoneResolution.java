package org.learncal.importer;

/**
 * How an import found the zone of a time, in the order tried: the TZID is an IANA name; a Windows name in
 * CLDR's windowsZones table; the file's VTIMEZONE matches an IANA zone over the years its events span; or
 * nothing matches and the VTIMEZONE's own rules give the instants. Times without a TZID are floating: they
 * take the calendar's X-WR-TIMEZONE, else the organizer's city zone, else UTC.
 */
enum ZoneResolution {
    IANA("iana"), WINDOWS("windows"), VTIMEZONE_MATCH("vtimezone-match"), VTIMEZONE_RULES("vtimezone-rules"),
    X_WR_TIMEZONE("x-wr-timezone"), ORGANIZER_CITY("organizer-city"), UTC("utc");

    private final String wire;

    ZoneResolution(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }
}
