package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.problem.InputErrors;
import org.learncal.text.Wire;

import java.util.List;

/** A facet of a search: counts of matching events per value of one filter, named as that filter. */
public enum Facet {
    TOPIC, LANGUAGE, COUNTRY, CITY, NETWORK, ORGANIZER, FORMAT, FREE;

    /** One value of a facet and how many events of the search have it. */
    @Serdeable
    public record Count(String value, long count) {
    }

    /** The filter this facet counts, which its own counts ignore; null for {@code free}. */
    @Nullable
    EventQuery.Filter filter() {
        return this == FREE ? null : EventQuery.Filter.valueOf(name());
    }

    /**
     * The SQL of this facet's stored value for an event {@code e} (a country is stored as its city), and the join
     * that gives it, {@code r}; an event counts once per value. Shared by the counted searches and the totals.
     */
    String valueSql() {
        return switch (this) {
            case TOPIC -> "r.topic_slug";
            case ORGANIZER -> "r.organizer_slug";
            case COUNTRY, CITY -> "e.city_slug";
            case LANGUAGE -> "r.language";
            case NETWORK -> "e.network_slug";
            case FORMAT -> "e.format";
            case FREE -> "CASE WHEN e.free = TRUE THEN 'true' ELSE 'false' END";
        };
    }

    String joinSql() {
        return switch (this) {
            case TOPIC -> " JOIN event_topic r ON r.event_id = e.id";
            case ORGANIZER -> " JOIN event_organizer r ON r.event_id = e.id";
            // the languages spoken at the event, not the one its text is in
            case LANGUAGE -> " JOIN event_spoken_language r ON r.event_id = e.id";
            default -> "";
        };
    }

    /** Reads {@code facets=topic,language}, naming every unknown facet. */
    public static List<Facet> parse(List<String> values, InputErrors errors) {
        List<String> names = values.stream().flatMap(value -> List.of(value.split(",")).stream())
                .map(String::trim).filter(name -> !name.isEmpty()).distinct().toList();
        names.stream().filter(name -> Wire.parse(Facet.class, name).isEmpty()).forEach(name -> errors.add("facets",
                "'" + name + "' is not a facet; facets are " + Wire.allOf(Facet.class)));
        return names.stream().flatMap(name -> Wire.parse(Facet.class, name).stream()).toList();
    }
}
