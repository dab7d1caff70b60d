package org.learncal.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON bodies for the write API: a valid online event of an organizer, to be varied per test. */
public final class EventBodies {
    private EventBodies() {
    }

    public static Map<String, Object> online(String organizer, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Atelier d'écriture « pour tous », ouvert aux enseignants.");
        body.put("language", "fr");
        body.put("timeZone", "Africa/Casablanca");
        body.put("start", "2027-02-20T15:00");
        body.put("end", "2027-02-20T17:00");
        body.put("format", "online");
        body.put("joinUrl", "https://meet.example.org/atelier");
        body.put("organizers", List.of(organizer));
        body.put("topics", List.of("literacy"));
        body.put("audience", List.of("teachers"));
        body.put("free", true);
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    public static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }
}
