package org.learncal.web;

import io.micronaut.http.HttpParameters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The search form as the reader filled it in: the first value of each field, so that the page shows the
 * search it answers. {@code parameters()} drops empty fields, which a submitted form always sends.
 */
public record SearchForm(Map<String, String> values) {
    /** Parameters of the page that are not search filters. */
    public static final Set<String> PAGE_ONLY = Set.of("lang");

    public static SearchForm of(HttpParameters parameters) {
        Map<String, String> values = new HashMap<>();
        parameters.asMap().forEach((name, list) -> {
            if (!list.isEmpty()) {
                values.put(name, list.get(0));
            }
        });
        return new SearchForm(Map.copyOf(values));
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        return "true".equals(values.get(name));
    }

    public static Map<String, List<String>> nonEmpty(HttpParameters parameters) {
        return parameters.asMap().entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(),
                        entry.getValue().stream().filter(value -> !value.isBlank()).toList()))
                .filter(entry -> !entry.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, HashMap::new));
    }
}
