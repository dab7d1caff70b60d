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

    /** Reads {@code facets=topic,language}, naming every unknown facet. */
    public static List<Facet> parse(List<String> values, InputErrors errors) {
        List<String> names = values.stream().flatMap(value -> List.of(value.split(",")).stream())
                .map(String::trim).filter(name -> !name.isEmpty()).distinct().toList();
        names.stream().filter(name -> Wire.parse(Facet.class, name).isEmpty()).forEach(name -> errors.add("facets",
                "'" + name + "' is not a facet; facets are " + Wire.allOf(Facet.class)));
        return names.stream().flatMap(name -> Wire.parse(Facet.class, name).stream()).toList();
    }
}
