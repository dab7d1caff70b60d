package org.learncal.importer;

import net.fortuna.ical4j.model.TimeZoneRegistryImpl;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;

/**
 * The registry iCal4j reads one file's TZIDs through. iCal4j turns date-times into zoned values only when
 * asked, so the import first resolves each TZID and then points it here at the IANA zone it found; a TZID
 * left alone is read from the file's VTIMEZONE as iCal4j does.
 */
final class ZoneRegistry extends TimeZoneRegistryImpl {
    private final Map<String, ZoneId> resolved = new HashMap<>();

    void resolve(String tzid, ZoneId zone) {
        resolved.put(tzid, zone);
    }

    @Override
    public ZoneId getZoneId(String tzid) {
        ZoneId zone = resolved.get(tzid);
        return zone != null ? zone : super.getZoneId(tzid);
    }

    /** iCal4j skips the registry when it holds no rules at all (a file without VTIMEZONE): say it has ours. */
    @Override
    public Map<String, ZoneRules> getZoneRules() {
        Map<String, ZoneRules> rules = new HashMap<>(super.getZoneRules());
        resolved.forEach((tzid, zone) -> rules.put(tzid, zone.getRules()));
        return rules;
    }
}
