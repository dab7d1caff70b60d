package org.learncal.event;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An event's translations by canonical BCP 47 tag, in tag order. It decides what outdates them: when the
 * original's title or description changes, every translation not rewritten in the same write is outdated.
 */
public record Translations(Map<String, Translation> byLanguage) {
    public static final Translations NONE = new Translations(Map.of());

    public Translations {
        byLanguage = Collections.unmodifiableMap(new TreeMap<>(byLanguage));
    }

    public Optional<Translation> in(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** Same languages with the same texts, whatever their outdated marks. */
    boolean sameTexts(Translations other) {
        return languages().equals(other.languages()) && byLanguage.entrySet().stream()
                .allMatch(entry -> entry.getValue().sameText(other.byLanguage.get(entry.getKey())));
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    /**
     * These translations as they stand after {@code before} became {@code after}: the ones whose text the write
     * kept (same text, same origin) stay outdated, or become so if the original's title or description changed;
     * rewritten or newly reviewed ones are current.
     */
    static Translations since(Event before, Event after) {
        boolean originalChanged = !before.title().equals(after.title())
                || !before.description().equals(after.description());
        return new Translations(after.translations().byLanguage().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, entry -> {
                    Translation now = entry.getValue();
                    boolean kept = before.translations().in(entry.getKey())
                            .filter(was -> now.sameText(was) && now.origin() == was.origin()).isPresent();
                    boolean wasOutdated = kept && before.translations().byLanguage().get(entry.getKey()).outdated();
                    return now.withOutdated(kept && (wasOutdated || originalChanged));
                })));
    }
}
