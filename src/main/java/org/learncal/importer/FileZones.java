package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The zone of every TZID one file uses, resolved once per file in the order of {@link ZoneResolution}, and
 * the zone of its times without TZID. A TZID that resolves to nothing is kept with the reason, so that the
 * events using it are rejected rather than stored in some other zone.
 */
final class FileZones {
    /** How one TZID (null for times without one) was resolved; {@code zone} is null for vtimezone-rules. */
    record Resolved(@Nullable String tzid, @Nullable ZoneId zone, ZoneResolution how) {
    }

    private final Map<String, Resolved> resolved = new LinkedHashMap<>();
    private final Map<String, String> unresolved = new LinkedHashMap<>();
    private final Resolved floating;
    private final @Nullable String floatingProblem;

    private FileZones(Resolved floating, @Nullable String floatingProblem) {
        this.floating = floating;
        this.floatingProblem = floatingProblem;
    }

    /**
     * Resolves every TZID of the file's events. {@code cityZone} and {@code country} are the organizer's (either
     * may be null); {@code spans} gives the years each TZID's events cover.
     */
    static FileZones resolve(CalendarFile file, @Nullable ZoneId cityZone, @Nullable String country, ZoneSpans spans) {
        Optional<String> declared = file.calendar().getProperty("X-WR-TIMEZONE")
                .map(p -> ((Property) p).getValue().strip()).filter(value -> !value.isEmpty());
        ZoneId named = declared.map(name -> byName(name, country)).orElse(null);
        Resolved cityOrUtc = cityZone != null ? new Resolved(null, cityZone, ZoneResolution.ORGANIZER_CITY)
                : new Resolved(null, ZoneId.of("UTC"), ZoneResolution.UTC);
        FileZones zones = named != null ? new FileZones(new Resolved(null, named, ZoneResolution.X_WR_TIMEZONE), null)
                : new FileZones(cityOrUtc, declared.map(name -> "X-WR-TIMEZONE '" + name
                + "' names no IANA or Windows zone, so its times without TZID have no zone").orElse(null));
        spans.tzids().forEach(tzid -> zones.resolveOne(file, tzid, cityZone, country, spans));
        return zones;
    }

    private void resolveOne(CalendarFile file, String tzid, @Nullable ZoneId cityZone, @Nullable String country,
                            ZoneSpans spans) {
        ZoneId iana = ZoneNames.iana(tzid);
        ZoneId windows = iana == null ? ZoneNames.windows(tzid, country) : null;
        if (iana != null || windows != null) {
            add(file, tzid, new Resolved(tzid, iana != null ? iana : windows,
                    iana != null ? ZoneResolution.IANA : ZoneResolution.WINDOWS));
            return;
        }
        Optional<VTimeZone> definition = file.calendar().<VTimeZone>getComponents("VTIMEZONE").stream()
                .filter(vtz -> vtz.getTimeZoneId() != null && tzid.equals(vtz.getTimeZoneId().getValue())).findFirst();
        if (definition.isEmpty()) {
            unresolved.put(tzid, "TZID '" + tzid + "' names no IANA or Windows zone and the file has no VTIMEZONE "
                    + "for it");
            return;
        }
        ZoneRules rules;
        try {
            rules = new ZoneRulesBuilder().vTimeZone(definition.get()).build();
        } catch (RuntimeException e) {
            unresolved.put(tzid, "TZID '" + tzid + "' has a VTIMEZONE LearnCal cannot read: " + e.getMessage());
            return;
        }
        ZoneSpans.Years years = spans.of(tzid);
        Optional<ZoneId> match = VTimeZoneMatch.of(rules, years.first(), years.last(), cityZone);
        add(file, tzid, match.map(zone -> new Resolved(tzid, zone, ZoneResolution.VTIMEZONE_MATCH))
                .orElseGet(() -> new Resolved(tzid, null, ZoneResolution.VTIMEZONE_RULES)));
    }

    private void add(CalendarFile file, String tzid, Resolved resolution) {
        resolved.put(tzid, resolution);
        if (resolution.zone() != null) {
            file.registry().resolve(tzid, resolution.zone());
        }
    }

    private static @Nullable ZoneId byName(String name, @Nullable String country) {
        ZoneId iana = ZoneNames.iana(name);
        return iana != null ? iana : ZoneNames.windows(name, country);
    }

    /** Why an event cannot be imported for its zones (a TZID resolved to nothing), or null. */
    @Nullable String problem(VEvent component) {
        for (Property property : component.getProperties()) {
            Optional<Parameter> tzid = property.getParameter("TZID");
            if (tzid.isPresent() && unresolved.containsKey(tzid.get().getValue())) {
                return unresolved.get(tzid.get().getValue());
            }
        }
        return null;
    }

    /** How the TZID of {@code property} resolved, or the floating resolution when it has none. */
    Resolved of(VEvent component, String property) {
        return component.getProperty(property).flatMap(p -> ((Property) p).getParameter("TZID"))
                .map(p -> resolved.get(((Parameter) p).getValue())).orElse(floating);
    }

    /** The zone of times without TZID. */
    ZoneId floatingZone() {
        return floating.zone();
    }

    /** Why times without TZID cannot be placed (an X-WR-TIMEZONE that names no zone), or null. */
    @Nullable String floatingProblem() {
        return floatingProblem;
    }

    /**
     * For the report: each TZID resolved, then the zone of times without TZID when some event was placed in it:
     * a date or UTC time, or a local time unless X-WR-TIMEZONE named no zone (those events are rejected).
     */
    List<ImportReport.Zone> report(ZoneSpans spans) {
        List<ImportReport.Zone> report = new ArrayList<>();
        List<Resolved> all = new ArrayList<>(resolved.values());
        if (spans.hasDatesOrUtc() || spans.hasLocalTimes() && floatingProblem == null) {
            all.add(floating);
        }
        all.forEach(r -> report.add(new ImportReport.Zone(r.tzid(), r.zone() == null ? null : r.zone().getId(),
                r.how().wire())));
        return report;
    }
}
