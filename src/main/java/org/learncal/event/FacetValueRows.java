package org.learncal.event;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The SQL of the facet values of events, one row per event and value, from which the facet totals are counted. */
final class FacetValueRows {
    /** The facets kept: every one but country, which adds up its cities. */
    private static final List<Facet> KEPT = Stream.of(Facet.values()).filter(facet -> facet != Facet.COUNTRY).toList();

    private FacetValueRows() {
    }

    /**
     * The rows (facet, v, f, free_slice, n) of every facet value of the events matching {@code where}, with the
     * slice of each (f its format, free_slice whether it is free), n being {@code weight} (an SQL expression of the
     * event {@code e}); adds the bound values to {@code parameters}.
     */
    static String sql(String where, List<Object> whereParameters, String weight, List<Object> parameters) {
        List<String> selects = new ArrayList<>();
        for (Facet facet : KEPT) {
            selects.add("SELECT '" + FacetTotals.stored(facet) + "' AS facet, " + facet.valueSql() + " AS v, "
                    + "e.format AS f, CASE WHEN e.free = TRUE THEN TRUE ELSE FALSE END AS free_slice, " + weight
                    + " AS n FROM event e" + facet.joinSql() + " WHERE " + facet.valueSql() + " IS NOT NULL AND "
                    + where);
            parameters.addAll(whereParameters);
        }
        return String.join(" UNION ALL ", selects);
    }
}
