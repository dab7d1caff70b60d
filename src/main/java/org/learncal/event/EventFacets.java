package org.learncal.event;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.db.Sql;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.text.Wire;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Facet counts of a search: for each facet, the matching events per value, ignoring the facet's own filter (so
 * that a reader can widen that choice). A count equals the length of the listing with that value chosen.
 * <p>Where a facet's search is the whole catalogue, or a part of it chosen by format and cost alone (no filter
 * but those and its own), its counts are the totals every write keeps ({@link FacetTotals}, {@link FacetSlice}).
 * Otherwise counting reads every match, so counts are kept per search until the catalogue changes (its version,
 * shared by all instances through the database) or, for searches of what has not ended yet, until the next event
 * ends.
 */
@Singleton
public class EventFacets {
    private static final int CACHED_SEARCHES = 256;

    private final Sql sql;
    private final CatalogVersion catalog;
    private final CityStore cities;
    private final FacetTotals totals;
    private final FacetPass pass;
    private final Map<String, Counted> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Counted> eldest) {
                    return size() > CACHED_SEARCHES;
                }
            });

    EventFacets(Sql sql, CatalogVersion catalog, CityStore cities, FacetTotals totals, FacetPass pass) {
        this.pass = pass;
        this.totals = totals;
        this.cities = cities;
        this.sql = sql;
        this.catalog = catalog;
    }

    /** Counts made at one catalogue version, true until {@code validUntil}. */
    private record Counted(long version, Instant validUntil, Map<String, List<Facet.Count>> counts) {
    }

    /** The counts of each facet, by name, most frequent value first. */
    @Transactional
    public Map<String, List<Facet.Count>> count(EventQuery query, List<Facet> facets, Instant now) {
        Map<Facet, FacetSlice> sliced = new EnumMap<>(Facet.class);
        facets.forEach(facet -> FacetSlice.of(without(query, facet)).ifPresent(slice -> sliced.put(facet, slice)));
        if (sliced.size() == facets.size()) {
            Map<Facet, Map<String, Long>> kept = kept(sliced, now);
            if (kept.size() == facets.size()) {
                // kept exact by every write: nothing to count, nothing to cache
                return tallied(facets, kept);
            }
        }
        long version = catalog.current();
        String key = query.filterString() + " " + facets;
        Counted cached = cache.get(key);
        if (cached != null && cached.version() == version && now.isBefore(cached.validUntil())) {
            return cached.counts();
        }
        Map<Facet, Map<String, Long>> counted = kept(sliced, now);
        // facets whose own filter is not set share one search: counted together, in one pass over its matches
        facets.stream().filter(facet -> !counted.containsKey(facet))
                .collect(Collectors.groupingBy(facet -> without(query, facet).filterString(), LinkedHashMap::new,
                        Collectors.toList()))
                .values().forEach(same -> counted.putAll(pass.count(same, without(query, same.get(0)), now)));
        Map<String, List<Facet.Count>> counts = tallied(facets, counted);
        cache.put(key, new Counted(version, query.from() != null ? Instant.MAX : nextEnd(now), counts));
        return counts;
    }

    /**
     * The counts of these facets from the totals of their slices, each slice read once; none until the totals are
     * first counted.
     */
    private Map<Facet, Map<String, Long>> kept(Map<Facet, FacetSlice> sliced, Instant now) {
        Map<FacetSlice, Optional<Map<String, Map<String, Long>>>> read = new HashMap<>();
        Map<Facet, Map<String, Long>> kept = new EnumMap<>(Facet.class);
        sliced.forEach((facet, slice) -> read.computeIfAbsent(slice, each -> totals.counts(now, each))
                .ifPresent(counts -> kept.put(facet, counts.getOrDefault(FacetTotals.stored(facet), Map.of()))));
        return kept;
    }

    private Map<String, List<Facet.Count>> tallied(List<Facet> facets, Map<Facet, Map<String, Long>> counted) {
        Map<String, List<Facet.Count>> counts = new LinkedHashMap<>();
        facets.forEach(facet -> counts.put(Wire.of(facet), tally(facet, counted.get(facet))));
        return counts;
    }

    /** When the next event ends: the first moment at which "not ended yet" means fewer events. */
    private Instant nextEnd(Instant now) {
        return sql.query("SELECT MIN(end_at) AS next_end FROM event WHERE end_at > ?", List.of(now),
                row -> Sql.instant(row, "next_end")).stream().filter(java.util.Objects::nonNull).findFirst()
                .orElse(Instant.MAX);
    }

    /** The counts of a facet from those per stored value, most frequent first. */
    private List<Facet.Count> tally(Facet facet, Map<String, Long> stored) {
        // a country is its cities, which reference knows: counted by city, then added up by country
        Map<String, String> countries = facet == Facet.COUNTRY ? cities.findAllOrderByName().stream()
                .collect(java.util.stream.Collectors.toMap(City::slug, City::country)) : Map.of();
        Map<String, Long> counts = new LinkedHashMap<>();
        (stored == null ? Map.<String, Long>of() : stored).forEach((value, count) -> {
            // a language filter matches subtags too (fr finds fr-CA): count by primary language
            String key = facet == Facet.LANGUAGE ? value.split("-")[0].toLowerCase(Locale.ROOT)
                    : facet == Facet.COUNTRY ? countries.get(value) : value;
            counts.merge(key, count, Long::sum);
        });
        return counts.entrySet().stream().map(entry -> new Facet.Count(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Facet.Count::count).reversed().thenComparing(Facet.Count::value))
                .toList();
    }

    private static EventQuery without(EventQuery query, Facet facet) {
        if (facet.filter() == null) {
            return query.anyCost();
        }
        Map<EventQuery.Filter, List<String>> filters = new EnumMap<>(EventQuery.Filter.class);
        filters.putAll(query.filters());
        filters.remove(facet.filter());
        return query.withFilters(filters);
    }
}
