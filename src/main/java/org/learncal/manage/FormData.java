package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.learncal.problem.InputErrors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A submitted form (application/x-www-form-urlencoded): every value of each field, as sent. */
public record FormData(Map<String, List<String>> values) {
    public static final String CSRF = "_csrf";

    public static FormData parse(@Nullable byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return new FormData(Map.copyOf(new QueryStringDecoder(text, StandardCharsets.UTF_8, false, 10_000)
                .parameters()));
    }

    /** The field's first value, stripped; null when absent or blank. */
    public @Nullable String get(String name) {
        List<String> all = values.getOrDefault(name, List.of());
        return all.isEmpty() || all.get(0).isBlank() ? null : all.get(0).strip();
    }

    /** The field's non-blank values, stripped. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public boolean checked(String name) {
        return get(name) != null;
    }

    /** The first value as typed ("" when none), for a template to show again. */
    public String value(String name) {
        List<String> all = values.getOrDefault(name, List.of());
        return all.isEmpty() ? "" : all.get(0);
    }

    /** Whether a checkbox or option with this value is chosen. */
    public boolean has(String name, String value) {
        return values.getOrDefault(name, List.of()).contains(value);
    }

    /** The field as a number (a decimal comma taken as a point); what is no number goes to {@code errors}. */
    public @Nullable Double number(String name, InputErrors errors) {
        String text = get(name);
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(name, "'" + text + "' is not a number such as 32.23");
            return null;
        }
    }
}
