package org.learncal.change;

import jakarta.inject.Singleton;
import org.learncal.event.EventQuery;
import org.learncal.event.EventQueryParser;
import org.learncal.problem.InputErrors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads a change-feed request: the events search's filters, RPDE's afterTimestamp and afterId, and a limit. */
@Singleton
public class ChangeRequest {
    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;
    private static final Set<String> NOT_HERE = Set.of("from", "to", "status", "country", "cursor");

    private final EventQueryParser parser;

    public ChangeRequest(EventQueryParser parser) {
        this.parser = parser;
    }

    /**
     * A parsed request; {@code walkHorizon} is the pruning horizon when the reader's walk began (0 when not
     * given: then any pruning after its position expires it).
     */
    public record Parsed(EventQuery filters, FeedPosition after, int limit, long walkHorizon) {
    }

    public Parsed parse(Map<String, List<String>> parameters) {
        Map<String, List<String>> rest = new HashMap<>(parameters);
        InputErrors errors = new InputErrors();
        NOT_HERE.stream().filter(rest::containsKey).sorted().forEach(name -> errors.add(name,
                "does not apply to the change feed, which holds every change whatever its date and status"));
        String timestamp = single(rest.remove("afterTimestamp"), "afterTimestamp", errors);
        String id = single(rest.remove("afterId"), "afterId", errors);
        String limitText = single(rest.remove("limit"), "limit", errors);
        String horizon = single(rest.remove("horizon"), "horizon", errors);
        if (horizon != null && !horizon.matches("\\d{1,18}")) {
            errors.add("horizon", "must be the number from a next URL");
        }
        FeedPosition after = position(timestamp, id, errors);
        int limit = limit(limitText, errors);
        errors.throwIfAny();
        return new Parsed(parser.parse(rest, Set.of()), after, limit, horizon == null ? 0 : Long.parseLong(horizon));
    }

    private static FeedPosition position(String timestamp, String id, InputErrors errors) {
        if (timestamp == null && id == null) {
            return FeedPosition.START;
        }
        if (timestamp == null || id == null) {
            errors.add(timestamp == null ? "afterTimestamp" : "afterId", "must be given with "
                    + (timestamp == null ? "afterId" : "afterTimestamp") + ": take both from a next URL");
            return FeedPosition.START;
        }
        try {
            return new FeedPosition(Long.parseLong(timestamp), UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            errors.add("afterTimestamp", "with afterId must be a change number and an event id from a next URL");
            return FeedPosition.START;
        }
    }

    private static int limit(String value, InputErrors errors) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (value.matches("\\d{1,4}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= MAX_LIMIT) {
            return Integer.parseInt(value);
        }
        errors.add("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", not '" + value + "'");
        return DEFAULT_LIMIT;
    }

    private static String single(List<String> values, String name, InputErrors errors) {
        if (values != null && values.size() > 1) {
            errors.add(name, "may be given only once");
        }
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
