package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.problem.InputErrors;
import org.learncal.reference.Vocabulary;
import org.learncal.text.Languages;
import org.learncal.text.Wire;
import org.learncal.text.Words;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads an {@link EventQuery} from query parameters, naming every bad parameter in one 400. */
@Singleton
public class EventQueryParser {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> KNOWN = Set.of("from", "to", "q", "topic", "language", "country", "city",
            "network", "organizer", "format", "status", "free", "limit", "cursor", "near", "within", "sort");

    private static final Set<String> PAGING = Set.of("limit", "cursor");
    private static final int MAX_TEXT = 200;
    /** Query terms, each a condition: words, or character pairs of Chinese and Japanese text. */
    private static final int MAX_TERMS = 16;

    private final Vocabulary vocabulary;
    private final NearParser nearParser;

    public EventQueryParser(Vocabulary vocabulary, NearParser nearParser) {
        this.vocabulary = vocabulary;
        this.nearParser = nearParser;
    }

    /** Parses parameters; {@code ignored} names extra parameters the caller handles itself. */
    public EventQuery parse(Map<String, List<String>> parameters, Set<String> ignored) {
        return parse(parameters, ignored, new InputErrors());
    }



    /** Parses the filters of a feed, which holds every match in its window: paging parameters are refused. */
    public EventQuery parseFeedFilters(Map<String, List<String>> parameters) {
        InputErrors errors = new InputErrors();
        PAGING.stream().filter(parameters::containsKey).forEach(name -> errors.add(name,
                "does not apply to feeds: a feed holds every matching event of its window"));
        return parse(parameters, Set.of(), errors);
    }

    /** Parses parameters, adding to the problems the caller found in its own parameters. */
    public EventQuery parse(Map<String, List<String>> parameters, Set<String> ignored, InputErrors errors) {
        parameters.keySet().stream().filter(name -> !KNOWN.contains(name) && !ignored.contains(name))
                .forEach(name -> errors.add(name, "is not a known parameter; known are " + String.join(", ", KNOWN)));
        Instant from = instant(single(parameters, "from", errors), "from", false, errors);
        Instant to = instant(single(parameters, "to", errors), "to", true, errors);
        if (from != null && to != null && !to.isAfter(from)) {
            errors.add("to", "must be after from");
        }
        String text = single(parameters, "q", errors);
        if (text != null && text.length() > MAX_TEXT) {
            errors.add("q", "may have at most " + MAX_TEXT + " characters");
        } else if (text != null && Words.query(text).size() > MAX_TERMS) {
            errors.add("q", "may have at most " + MAX_TERMS + " words (in Chinese or Japanese, each pair of "
                    + "characters counts as a word)");
        }
        Map<EventQuery.Filter, List<String>> filters = filters(parameters, errors);
        Boolean free = bool(single(parameters, "free", errors), errors);
        int limit = limit(single(parameters, "limit", errors), errors);
        Near near = nearParser.parse(single(parameters, "near", errors), single(parameters, "within", errors),
                errors);
        String searched = text == null || Words.query(text).isEmpty() ? null : text.trim();
        EventQuery.Sort sort = sort(single(parameters, "sort", errors), searched != null, near != null, errors);
        errors.throwIfAny();
        return new EventQuery(from, to, searched, filters, free, limit, single(parameters, "cursor", errors), near,
                sort);
    }

    private static EventQuery.Sort sort(String value, boolean searched, boolean near, InputErrors errors) {
        EventQuery.Sort sort = value == null ? EventQuery.Sort.START
                : Wire.parse(EventQuery.Sort.class, value).orElse(null);
        if (sort == null) {
            errors.add("sort", "'" + value + "' is not one of " + Wire.allOf(EventQuery.Sort.class));
        } else if (sort == EventQuery.Sort.RELEVANCE && !searched) {
            errors.add("sort", "relevance needs q, the words to search for");
        } else if (sort == EventQuery.Sort.DISTANCE && !near) {
            errors.add("sort", "distance needs near, the place to measure from");
        }
        return sort == null ? EventQuery.Sort.START : sort;
    }

    private Map<EventQuery.Filter, List<String>> filters(Map<String, List<String>> parameters, InputErrors errors) {
        Map<EventQuery.Filter, List<String>> filters = new EnumMap<>(EventQuery.Filter.class);
        for (EventQuery.Filter filter : EventQuery.Filter.values()) {
            String name = EventQuery.name(filter);
            List<String> values = parameters.getOrDefault(name, List.of()).stream()
                    .flatMap(value -> List.of(value.split(",")).stream()).map(String::trim)
                    .filter(value -> !value.isEmpty()).map(value -> canonical(filter, value)).distinct().toList();
            values.stream().filter(value -> !valid(filter, value))
                    .forEach(value -> errors.add(name, "'" + value + "' " + why(filter)));
            if (!values.isEmpty()) {
                filters.put(filter, values);
            }
        }
        return filters;
    }

    private static String canonical(EventQuery.Filter filter, String value) {
        return switch (filter) {
            case COUNTRY -> value.toUpperCase(Locale.ROOT);
            case LANGUAGE -> Languages.canonical(value);
            default -> value;
        };
    }

    private boolean valid(EventQuery.Filter filter, String value) {
        Predicate<String> test = switch (filter) {
            case TOPIC -> vocabulary::isTopic;
            case CITY -> vocabulary::isCity;
            case NETWORK -> vocabulary::isNetwork;
            case ORGANIZER -> vocabulary::isOrganizer;
            case COUNTRY -> COUNTRIES::contains;
            case LANGUAGE -> Languages::isWellFormed;
            case FORMAT -> v -> Wire.parse(EventFormat.class, v).isPresent();
            case STATUS -> v -> Wire.parse(EventStatus.class, v).isPresent();
        };
        return test.test(value);
    }

    private static String why(EventQuery.Filter filter) {
        return switch (filter) {
            case COUNTRY -> "is not an ISO 3166-1 alpha-2 country code";
            case LANGUAGE -> "is not a BCP 47 language tag";
            case FORMAT -> "is not one of " + Wire.allOf(EventFormat.class);
            case STATUS -> "is not one of " + Wire.allOf(EventStatus.class);
            case CITY -> "is not a known city (see /api/cities)";
            default -> "is not a known " + EventQuery.name(filter) + " (see /api/" + EventQuery.name(filter) + "s)";
        };
    }

    private static String single(Map<String, List<String>> parameters, String name, InputErrors errors) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            errors.add(name, "may be given only once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** An ISO date (a whole UTC day: {@code to} includes it) or a date-time with offset or Z. */
    private static Instant instant(String value, String name, boolean endOfDay, InputErrors errors) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")
                    ? OffsetDateTime.parse(value).toInstant()
                    : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(name, "'" + value + "' is not an ISO 8601 date (2027-01-24) or date-time (2027-01-24T10:00:00Z)");
            return null;
        }
    }

    private static Boolean bool(String value, InputErrors errors) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            errors.add("free", "must be true or false");
            return null;
        }
        return Boolean.valueOf(value);
    }

    private static int limit(String value, InputErrors errors) {
        if (value == null) {
            return EventQuery.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= EventQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        errors.add("limit", "must be a whole number from 1 to " + EventQuery.MAX_LIMIT + ", not '" + value + "'");
        return EventQuery.DEFAULT_LIMIT;
    }
}
