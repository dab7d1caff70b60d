package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.problem.InputErrors;
import org.learncal.text.Checks;
import org.learncal.text.Languages;
import org.learncal.text.Wire;

import java.util.LinkedHashMap;
import java.util.Map;

/** One translation as a publisher writes it, under its BCP 47 tag in {@code translations}. */
@Serdeable
public record TranslationRequest(@Nullable String title, @Nullable String description,
                                 @Nullable String statusReason, @Nullable String origin) {

    /**
     * The translations of an original in {@code language} titled {@code title}, each problem named by its field
     * path ({@code translations.en.title}): an unknown tag, the original's own language, a blank title, or a
     * translation identical to the original.
     */
    static Translations parse(InputErrors errors, @Nullable Map<String, TranslationRequest> requests,
                              @Nullable String language, @Nullable String title, @Nullable String description) {
        if (requests == null) {
            return Translations.NONE;
        }
        Map<String, Translation> translations = new LinkedHashMap<>();
        requests.forEach((tag, request) -> {
            String path = "translations." + tag;
            if (!Languages.isKnown(tag) || tag.length() > 35) {
                errors.add(path, "'" + tag + "' is not a known BCP 47 language tag such as en, es or ar");
            } else if (Languages.canonical(tag).equals(language)) {
                errors.add(path, "is in the original's language (" + language + "): give the text in other languages");
            } else if (translations.containsKey(Languages.canonical(tag))) {
                errors.add(path, "is given twice (tags are case-insensitive)");
            } else if (request == null) {
                errors.add(path, "must be an object with a title");
            } else {
                Translation translation = request.toTranslation(errors, path, title, description);
                if (translation != null) {
                    translations.put(Languages.canonical(tag), translation);
                }
            }
        });
        return new Translations(translations);
    }

    private @Nullable Translation toTranslation(InputErrors errors, String path, @Nullable String originalTitle,
                                                @Nullable String originalDescription) {
        int before = errors.size();
        Checks.text(errors, path + ".title", title, 300, true);
        Checks.text(errors, path + ".description", description, 20000, false);
        Checks.text(errors, path + ".statusReason", statusReason, 1000, false);
        Translation.Origin parsed = origin == null ? Translation.Origin.AUTHOR
                : Wire.parse(Translation.Origin.class, origin).orElse(null);
        if (parsed == null) {
            errors.add(path + ".origin", "'" + origin + "' is not one of " + Wire.allOf(Translation.Origin.class));
        }
        if (title != null && title.strip().equals(originalTitle == null ? null : originalTitle.strip())
                && (description == null ? "" : description).equals(originalDescription == null ? ""
                : originalDescription)) {
            errors.add(path + ".title", "is identical to the original, as is the description: "
                    + "a translation says it in another language");
        }
        return errors.size() > before ? null
                : new Translation(title.strip(), description == null ? "" : description, statusReason, parsed, false);
    }
}
