package org.learncal.importer;

import com.ibm.icu.util.TimeZone;
import io.micronaut.core.annotation.Nullable;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a TZID as a name: an IANA zone (also behind a "/mozilla.org/20070129_1/" style prefix, which RFC 5545
 * allows for globally unique ids), else a Windows zone name through CLDR's windowsZones table as ICU4J ships it.
 * Results are the IANA canonical ids ("Asia/Kolkata", not CLDR's "Asia/Calcutta") that the JDK knows.
 */
final class ZoneNames {
    private static final Map<String, String> IANA = ZoneId.getAvailableZoneIds().stream()
            .collect(Collectors.toMap(id -> id.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a,
                    TreeMap::new));

    private ZoneNames() {
    }

    /** The IANA zone {@code tzid} names, or null. */
    static @Nullable ZoneId iana(String tzid) {
        String name = unquoted(tzid);
        String id = IANA.get(name.toLowerCase(Locale.ROOT));
        for (int slash = name.indexOf('/'); id == null && name.startsWith("/") && slash >= 0;
             slash = name.indexOf('/', slash + 1)) {
            id = IANA.get(name.substring(slash + 1).toLowerCase(Locale.ROOT));
        }
        return id == null || id.startsWith("SystemV/") ? null : canonical(id);
    }

    /**
     * The IANA zone CLDR gives the Windows name {@code tzid} for the organizer's {@code country} (ISO 3166 code),
     * or for the world (territory 001) when CLDR has no row for that country; null when it is no Windows name.
     */
    static @Nullable ZoneId windows(String tzid, @Nullable String country) {
        String id = TimeZone.getIDForWindowsID(unquoted(tzid), country);
        if (id == null && country != null) {
            id = TimeZone.getIDForWindowsID(unquoted(tzid), null);
        }
        return id == null ? null : canonical(id);
    }

    /** The IANA canonical form of a zone id the JDK knows, as a JDK zone. */
    static ZoneId canonical(String id) {
        String iana = TimeZone.getIanaID(id);
        return ZoneId.of(iana != null && !iana.equals(TimeZone.UNKNOWN_ZONE_ID) && knows(iana) ? iana : id);
    }

    /** Every IANA canonical zone of a place (not Etc/ offsets nor legacy names), for matching a VTIMEZONE. */
    static Set<String> places() {
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/")
                        && !id.startsWith("SystemV/")).map(id -> canonical(id).getId())
                .filter(id -> id.contains("/") && !id.startsWith("Etc/")).collect(Collectors.toCollection(
                        java.util.TreeSet::new));
    }

    private static boolean knows(String id) {
        return IANA.containsKey(id.toLowerCase(Locale.ROOT));
    }

    private static String unquoted(String tzid) {
        String name = tzid.strip();
        return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).strip() : name;
    }

}
