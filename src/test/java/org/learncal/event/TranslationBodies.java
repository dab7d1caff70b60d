package org.learncal.event;

import org.learncal.support.EventBodies;

import java.util.Map;

/** Event bodies with translations: the French workshop of {@link EventBodies} in English and Spanish. */
final class TranslationBodies {
    static final Map<String, Object> ENGLISH = Map.of("title", "Writing workshop",
            "description", "A writing workshop \"for all\", open to teachers.");
    static final Map<String, Object> SPANISH = Map.of("title", "Taller de escritura",
            "description", "Un taller de escritura «para todos», abierto a docentes.", "origin", "reviewed");

    private TranslationBodies() {
    }

    /** The workshop in French (the original) with {@code translations}. */
    static Map<String, Object> workshop(String organizer, Map<String, Object> translations) {
        return EventBodies.with(EventBodies.online(organizer, "Atelier d'écriture"), "translations", translations);
    }

    static Map<String, Object> workshop(String organizer) {
        return workshop(organizer, Map.of("en", ENGLISH, "es", SPANISH));
    }
}
