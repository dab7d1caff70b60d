package org.learncal.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.event.EventFormat;
import org.learncal.problem.InputErrors;
import org.learncal.text.Languages;
import org.learncal.text.Wire;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The body of POST /api/sources and of PATCH /api/sources/{id} (where every field is optional and
 * {@code state} pauses or resumes). Each field is checked here, and every error named in one 400.
 */
@Serdeable
public record SourceRequest(@Nullable String url, @Nullable String organizer, @Nullable String language,
                            @Nullable List<String> topics, @Nullable String format, @Nullable String trust,
                            @Nullable String updateAuthority, @Nullable String interval, @Nullable String state) {
    static final Duration LONGEST_INTERVAL = Duration.ofDays(7);

    /** The checked settings; a missing field keeps what {@code base} has. */
    Source applyTo(Source base, InputErrors errors, Predicate<String> isTopic) {
        URI checkedUrl = url == null ? base.url() : url(errors);
        String tag = language == null ? base.language() : language(errors);
        List<String> slugs = topics == null ? base.topics() : topics(errors, isTopic);
        EventFormat eventFormat = format == null ? base.format() : wire(errors, "format", EventFormat.class, format);
        Source.Trust checkedTrust = trust == null ? base.trust() : wire(errors, "trust", Source.Trust.class, trust);
        Source.Authority authority = updateAuthority == null ? base.updateAuthority()
                : wire(errors, "updateAuthority", Source.Authority.class, updateAuthority);
        Duration every = interval == null ? base.interval() : interval(errors);
        return base.withSettings(checkedUrl, tag, slugs, eventFormat, checkedTrust, authority, every);
    }

    /** http(s) with a host; webcal:// is read as https://, as calendar apps do. */
    private URI url(InputErrors errors) {
        String text = url.strip();
        if (text.regionMatches(true, 0, "webcal://", 0, 9)) {
            text = "https://" + text.substring(9);
        }
        try {
            URI parsed = new URI(text);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || parsed.getHost() == null) {
                errors.add("url", "must be an http, https or webcal address with a host, not '" + url + "'");
            } else if (parsed.getUserInfo() != null) {
                errors.add("url", "must not carry a user name or password");
            } else if (text.length() > 2000) {
                errors.add("url", "may have at most 2000 characters");
            } else {
                return parsed;
            }
        } catch (URISyntaxException e) {
            errors.add("url", "is not a valid address: " + e.getReason());
        }
        return URI.create("https://invalid.invalid/");
    }

    private String language(InputErrors errors) {
        if (!Languages.isWellFormed(language)) {
            errors.add("language", "'" + language + "' is not a BCP 47 language tag");
            return "und";
        }
        return Languages.canonical(language);
    }

    private List<String> topics(InputErrors errors, Predicate<String> isTopic) {
        topics.stream().filter(slug -> slug == null || !isTopic.test(slug)).findFirst().ifPresent(slug ->
                errors.add("topics", "'" + slug + "' is not a known topic (see /api/topics)"));
        return topics.stream().filter(slug -> slug != null).distinct().toList();
    }

    private Duration interval(InputErrors errors) {
        try {
            Duration every = Duration.parse(interval);
            if (every.compareTo(Source.SHORTEST_INTERVAL) < 0 || every.compareTo(LONGEST_INTERVAL) > 0) {
                errors.add("interval", "must be between PT15M and P7D, not " + interval);
                return Duration.ofHours(1);
            }
            return every;
        } catch (DateTimeParseException e) {
            errors.add("interval", "'" + interval + "' is not an ISO 8601 duration such as PT1H");
            return Duration.ofHours(1);
        }
    }

    static <E extends Enum<E>> E wire(InputErrors errors, String name, Class<E> type, String value) {
        Optional<E> parsed = Wire.parse(type, value);
        if (parsed.isEmpty()) {
            errors.add(name, "must be one of " + Wire.allOf(type) + ", not '" + value + "'");
            return type.getEnumConstants()[0];
        }
        return parsed.get();
    }
}
