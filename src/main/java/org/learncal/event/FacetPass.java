package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts several facets of one search in one pass over its matches: each match is read once with the stored
 * value of every facet (an array of them for facets an event has several values of, such as topics), and the
 * values are counted here. A GROUP BY per facet read the matches once per facet.
 */
@Singleton
class FacetPass {
    private final Sql sql;
    private final EventSearch search;

    FacetPass(Sql sql, EventSearch search) {
        this.sql = sql;
        this.search = search;
    }

    /** The matches of {@code query} per stored value of each facet (a country is counted by city). */
    Map<Facet, Map<String, Long>> count(List<Facet> facets, EventQuery query, Instant now) {
        SqlConditions where = search.conditions(query, query.from() != null ? query.from() : now);
        List<String> columns = facets.stream().map(FacetPass::perEvent).toList();
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        facets.forEach(facet -> counts.put(facet, new HashMap<>()));
        sql.query("SELECT " + String.join(", ", columns) + " FROM event e WHERE " + where.sql(),
                new ArrayList<>(where.parameters()), row -> {
                    for (int i = 0; i < facets.size(); i++) {
                        Map<String, Long> facetCounts = counts.get(facets.get(i));
                        Object value = row.getObject(i + 1);
                        for (Object each : values(value)) {
                            if (each != null) {
                                facetCounts.merge(each.toString(), 1L, Long::sum);
                            }
                        }
                    }
                    return null;
                });
        return counts;
    }

    /** The SQL of a facet's values of one event {@code e}: its value, or the array of its joined values. */
    private static String perEvent(Facet facet) {
        return facet.joinSql().isEmpty() ? facet.valueSql()
                : "(SELECT ARRAY_AGG(" + facet.valueSql() + ") FROM (VALUES (1)) one" + facet.joinSql() + ")";
    }

    private static Object[] values(Object value) {
        try {
            return value instanceof Array array ? (Object[]) array.getArray()
                    : value instanceof Object[] many ? many : new Object[]{value};
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read facet values", e);
        }
    }
}
