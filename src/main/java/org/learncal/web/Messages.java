package org.learncal.web;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** The interface texts of each language, read once from {@code i18n/messages_*.properties}. */
@Singleton
public class Messages {
    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);

    public Messages() {
        for (Language language : Language.values()) {
            // no fallback to the JVM's default locale: each language has its own complete file
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> map = new TreeMap<>();
            bundle.keySet().forEach(key -> map.put(key, bundle.getString(key)));
            texts.put(language, Map.copyOf(map));
        }
    }

    /** All texts of a language, for templates ({@code ${t['search.title']}}). */
    public Map<String, String> all(Language language) {
        return texts.get(language);
    }

    public String get(Language language, String key, Object... arguments) {
        String text = texts.get(language).getOrDefault(key, key);
        return arguments.length == 0 ? text : new MessageFormat(text, language.locale()).format(arguments);
    }
}
