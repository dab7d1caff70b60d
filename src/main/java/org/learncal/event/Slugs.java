package org.learncal.event;

import org.learncal.text.SearchText;

import java.util.UUID;

/** Makes readable, unique event slugs from a title: {@code atelier-lecture-3f1c2a7e}. */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String title, UUID id) {
        String base = SearchText.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 100) {
            base = base.substring(0, 100).replaceAll("-+$", "");
        }
        String suffix = id.toString().substring(0, 8);
        return base.isEmpty() ? "event-" + suffix : base + "-" + suffix;
    }
}
