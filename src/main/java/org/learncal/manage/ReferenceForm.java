package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import org.learncal.web.Language;
import org.learncal.web.SearchOptions.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of catalogue entry the admin keeps in the console (networks, cities, organizers): the fields of its
 * form, the values stored, and its writes, which are the API's own (each kind's *Writes), so the rules and
 * their words are the API's.
 */
interface ReferenceForm {
    /** The path segment: networks, cities or organizers. */
    String kind();

    /** The fields after the slug, in order, with the choices of those that have some. */
    List<Field> fields(Language language);

    /** The stored entry as form values, if there is one. */
    Optional<FormData> stored(String slug);

    /** Creates the entry the form describes; its slug. The API's problem when it cannot. */
    String create(FormData form);

    void replace(String slug, FormData form);

    /** One field: its name as in the API, its input type (text, url, email, textarea, select, memberships). */
    record Field(String name, String type, @Nullable List<Option> options) {
        static Field of(String name, String type) {
            return new Field(name, type, null);
        }
    }

    /** Form values built field by field from what is stored; absent values are left out. */
    final class Values {
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        Values put(String name, @Nullable Object value) {
            if (value != null) {
                values.put(name, new ArrayList<>(List.of(value.toString())));
            }
            return this;
        }

        Values putAll(String name, List<String> all) {
            values.put(name, List.copyOf(all));
            return this;
        }

        FormData form() {
            return new FormData(values);
        }
    }
}
