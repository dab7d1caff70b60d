package org.learncal.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every interface language has every text: a key missing from any bundle, or left empty, fails here. */
class MessageBundlesTest {
    private static final Messages MESSAGES = new Messages();

    @ParameterizedTest
    @EnumSource(Language.class)
    void bundleHasEveryKeyOfEveryOtherBundle(Language language) {
        Set<String> all = new TreeSet<>();
        for (Language other : Language.values()) {
            all.addAll(MESSAGES.all(other).keySet());
        }
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(MESSAGES.all(language).keySet());
        assertEquals(Set.of(), missing, "missing from messages_" + language.tag());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void noTextIsEmpty(Language language) {
        List<String> empty = MESSAGES.all(language).entrySet().stream().filter(e -> e.getValue().isBlank())
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), empty, "empty in messages_" + language.tag());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void bundleNamesItsOwnLanguage(Language language) {
        assertEquals(language.locale().getDisplayLanguage(language.locale()).toLowerCase(language.locale()),
                MESSAGES.get(language, "language.name").toLowerCase(language.locale()));
    }
}
