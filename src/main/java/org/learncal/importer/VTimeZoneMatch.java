package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the IANA zone that behaves like a file's VTIMEZONE over the years its events span: the same offset
 * when those years begin and the same changes (instant and new offset) within them. Among equal matches the
 * organizer's city zone wins, then the zone whose principal city is the most populous (the tie-break
 * moment-timezone's guess() uses; the figures are in zone-population.tsv), then the first by name.
 */
final class VTimeZoneMatch {
    private static final Set<String> PLACES = ZoneNames.places();
    private static final Map<String, Long> POPULATION = population();

    private VTimeZoneMatch() {
    }

    static Optional<ZoneId> of(ZoneRules defined, int firstYear, int lastYear, @Nullable ZoneId preferred) {
        Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Behaviour wanted = Behaviour.of(defined, from, until);
        List<String> matches = new ArrayList<>();
        for (String id : PLACES) {
            if (Behaviour.of(ZoneId.of(id).getRules(), from, until).equals(wanted)) {
                matches.add(id);
            }
        }
        if (preferred != null && matches.contains(preferred.getId())) {
            return Optional.of(preferred);
        }
        return matches.stream().min(Comparator.comparing((String id) -> -POPULATION.getOrDefault(id, 0L))
                .thenComparing(Comparator.naturalOrder())).map(ZoneId::of);
    }

    /** The offset in force at {@code from} and each change until {@code until}. */
    private record Behaviour(ZoneOffset initial, List<Map.Entry<Instant, ZoneOffset>> changes) {
        static Behaviour of(ZoneRules rules, Instant from, Instant until) {
            List<Map.Entry<Instant, ZoneOffset>> changes = new ArrayList<>();
            ZoneOffset current = rules.getOffset(from);
            for (ZoneOffsetTransition change = rules.nextTransition(from);
                 change != null && change.getInstant().isBefore(until);
                 change = rules.nextTransition(change.getInstant())) {
                if (!change.getOffsetAfter().equals(current)) {
                    changes.add(Map.entry(change.getInstant(), change.getOffsetAfter()));
                    current = change.getOffsetAfter();
                }
            }
            return new Behaviour(rules.getOffset(from), changes);
        }
    }

    private static Map<String, Long> population() {
        Map<String, Long> population = new HashMap<>();
        try (InputStream in = VTimeZoneMatch.class.getResourceAsStream("zone-population.tsv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t"))
                    .filter(row -> ZoneNames.iana(row[0]) != null)
                    .forEach(row -> population.put(ZoneNames.canonical(row[0]).getId(), Long.parseLong(row[1])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return population;
    }
}
