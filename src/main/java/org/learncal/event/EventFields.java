package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import org.learncal.history.FieldChange;
import org.learncal.text.Wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** An event's fields as the text that history shows, named as in the JSON API; and the diff of two events. */
public final class EventFields {
    private EventFields() {
    }

    /** The fields that differ from {@code before} (every set field when {@code before} is null). */
    public static List<FieldChange> diff(@Nullable Event before, Event after) {
        Map<String, String> old = before == null ? Map.of() : of(before);
        List<FieldChange> changes = new ArrayList<>();
        of(after).forEach((field, value) -> {
            String previous = old.get(field);
            if (!Objects.equals(previous, value)) {
                changes.add(new FieldChange(field, previous, value));
            }
        });
        return changes;
    }

    static Map<String, String> of(Event event) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", event.title());
        fields.put("description", event.description());
        fields.put("language", event.language());
        fields.put("spokenLanguages", String.join(",", event.spokenLanguages()));
        fields.put("timeZone", event.schedule().zone().getId());
        fields.put("allDay", Boolean.toString(event.schedule().allDay()));
        fields.put("start", event.schedule().start().toString());
        fields.put("end", event.schedule().end().toString());
        fields.put("format", Wire.of(event.format()));
        fields.put("venue", venue(event.venue()));
        fields.put("city", event.citySlug());
        fields.put("joinUrl", event.joinUrl());
        fields.put("registrationUrl", event.registrationUrl());
        fields.put("organizers", String.join(",", event.organizerSlugs()));
        fields.put("network", event.networkSlug());
        fields.put("topics", String.join(",", event.topicSlugs()));
        fields.put("audience", event.audience().stream().map(Wire::of).collect(Collectors.joining(",")));
        fields.put("free", event.cost().free() == null ? null : event.cost().free().toString());
        fields.put("cost", event.cost().text());
        fields.put("recording", event.recording() == null ? null : event.recording().toString());
        fields.put("accessibility", String.join(",", event.accessibility()));
        fields.put("status", Wire.of(event.status()));
        fields.put("statusReason", event.statusReason());
        fields.put("sequence", Integer.toString(event.sequence()));
        event.translations().byLanguage().forEach((language, translation) -> {
            String path = "translations." + language + ".";
            fields.put(path + "title", translation.title());
            fields.put(path + "description", translation.description());
            fields.put(path + "statusReason", translation.statusReason());
            fields.put(path + "origin", Wire.of(translation.origin()));
            fields.put(path + "outdated", Boolean.toString(translation.outdated()));
        });
        return fields;
    }

    private static @Nullable String venue(@Nullable Venue venue) {
        if (venue == null) {
            return null;
        }
        return venue.name() + (venue.address() == null ? "" : ", " + venue.address())
                + (venue.hasPosition() ? " (" + venue.latitude() + ", " + venue.longitude() + ")" : "");
    }
}
