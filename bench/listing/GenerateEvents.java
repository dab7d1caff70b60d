import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a LearnCal H2 database (already migrated and seeded by one start of the service) with generated
 * events in JDBC batches, committed every 1,000 events, rows shaped exactly like EventRows and
 * EventTextIndex write them.
 * Run with the packaged jar on the class path (it contains the H2 driver):
 * {@code java -cp target/learncal.jar bench/listing/GenerateEvents.java jdbc:h2:file:DIR/learncal 100000}
 * (optionally followed by user and password, e.g. for a PostgreSQL URL; H2's default is sa with no password).
 * The random generator has a fixed seed, so every run makes the same catalogue.
 */
public final class GenerateEvents {
    private static final String COLUMNS = "id, slug, title, description, language, time_zone, all_day, start_at, "
            + "end_at, format, venue_name, venue_address, venue_latitude, venue_longitude, city_slug, network_slug, "
            + "join_url, registration_url, audience, free, cost, recording, accessibility, status, status_reason, "
            + "sequence, created_at, updated_at, source_url, source_note, search_text";
    private static final String[] LANGUAGES = {"fr", "fr", "fr", "en", "en", "en", "en", "ar", "es", "es", "de",
            "pt", "ja", "fr-CA"};
    private static final String[] FORMATS = {"online", "online", "online", "online", "online", "in_person",
            "in_person", "in_person", "hybrid", "hybrid"};
    private static final String[] AUDIENCES = {"teachers", "students", "parents", "policymakers", "researchers",
            "general_public"};
    private static final String[] KINDS = {"Webinar", "Workshop", "Conference", "Seminar", "Festival",
            "Atelier", "Journée", "Table ronde", "Course", "Meetup"};
    private static final String[] SUBJECTS = {"literacy", "climate education", "digital skills",
            "lifelong learning", "numeracy", "citizenship", "inclusion", "early childhood", "health",
            "entrepreneurship", "apprentissage tout au long de la vie", "éducation au climat", "alphabétisation",
            "villes apprenantes", "learning cities", "adult education", "girls' education", "teacher training"};
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2031-01-01T00:00:00Z");
    private static final int BATCH = 1000;

    private final Random random = new Random(20261128L);
    private final List<String[]> cities = new ArrayList<>();
    private final List<String> organizers = new ArrayList<>();
    private final java.util.Map<String, String> organizerNames = new java.util.HashMap<>();
    private boolean h2;
    private final List<String> topics = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();
    private long longestSeconds;

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        String user = args.length > 2 ? args[2] : "sa";
        String password = args.length > 3 ? args[3] : "";
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            new GenerateEvents().generate(connection, count);
            connection.commit();
        }
        System.out.printf("generated %d events in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private void generate(Connection connection, int count) throws SQLException {
        h2 = connection.getMetaData().getURL().startsWith("jdbc:h2:");
        readVocabulary(connection);
        String marks = String.join(", ", java.util.Collections.nCopies(COLUMNS.split(",").length, "?"));
        try (PreparedStatement events = connection.prepareStatement(
                "INSERT INTO event (" + COLUMNS + ") VALUES (" + marks + ")");
             PreparedStatement eventOrganizers = connection.prepareStatement(
                     "INSERT INTO event_organizer (event_id, organizer_slug, position) VALUES (?, ?, ?)");
             PreparedStatement eventTopics = connection.prepareStatement(
                     "INSERT INTO event_topic (event_id, topic_slug) VALUES (?, ?)");
             PreparedStatement eventTerms = h2 ? connection.prepareStatement(
                     "INSERT INTO event_term (term, event_id, in_title) VALUES (?, ?, ?)") : null;
             // spoken in the language of their text, as EventStore writes an event that names no other; written
             // with the event (a build before V180 has no such table) rather than by one INSERT ... SELECT ...
             // WHERE NOT EXISTS at the end, whose 100,000 foreign-key checks each read a whole index (see
             // analyzeEvents)
             PreparedStatement eventSpokenLanguages = hasTable(connection, "event_spoken_language")
                     ? connection.prepareStatement(
                     "INSERT INTO event_spoken_language (event_id, language, position) VALUES (?, ?, 0)") : null) {
            for (int n = 1; n <= count; n++) {
                UUID id = new UUID(random.nextLong(), random.nextLong());
                List<String> texts = new ArrayList<>();
                String language = addEvent(events, id, n, texts);
                if (eventSpokenLanguages != null) {
                    eventSpokenLanguages.setObject(1, id);
                    eventSpokenLanguages.setString(2, language);
                    eventSpokenLanguages.addBatch();
                }
                List<String> chosenOrganizers = pick(organizers, 1 + random.nextInt(2));
                chosenOrganizers.forEach(slug -> texts.add(organizerNames.get(slug)));
                index(events, eventTerms, id, texts);
                for (int position = 0; position < chosenOrganizers.size(); position++) {
                    eventOrganizers.setObject(1, id);
                    eventOrganizers.setString(2, chosenOrganizers.get(position));
                    eventOrganizers.setInt(3, position);
                    eventOrganizers.addBatch();
                }
                for (String topic : pick(topics, 1 + random.nextInt(3))) {
                    eventTopics.setObject(1, id);
                    eventTopics.setString(2, topic);
                    eventTopics.addBatch();
                }
                if (n % BATCH == 0 || n == count) {
                    events.executeBatch();
                    eventOrganizers.executeBatch();
                    eventTopics.executeBatch();
                    if (eventSpokenLanguages != null) {
                        eventSpokenLanguages.executeBatch();
                    }
                    if (eventTerms != null) {
                        eventTerms.executeBatch();
                    }
                    // commits as it goes: one transaction of millions of term rows makes H2's file balloon
                    connection.commit();
                    if (n == BATCH && !h2) {
                        analyzeEvents(connection);
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            // what EventStore keeps on every write (see LongestEvent): the search relies on it
            statement.executeUpdate("UPDATE catalog_version SET version = version + 1, longest_event_seconds = "
                    + "GREATEST(longest_event_seconds, " + longestSeconds + ") WHERE id = 1");
            // rows written behind the service's back: it counts the facet totals again at its next start
            if (hasTable(connection, "event_facet_horizon")) {
                statement.executeUpdate("UPDATE event_facet_horizon SET counted_after = NULL WHERE id = 1");
            }
            if (!h2) {
                connection.commit();
                statement.execute("ANALYZE");
            }
        }
    }

    /**
     * The full-text terms, as EventTextIndex writes them: texts.get(0) is the title, the rest description,
     * venue, city and organizer names; search_text is their tsvector literal, and on H2 each is a term row.
     */
    private static void index(PreparedStatement events, PreparedStatement eventTerms, UUID id, List<String> texts)
            throws SQLException {
        java.util.Map<String, Boolean> inTitle = new java.util.LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean title = i == 0;
            org.learncal.text.Words.index(texts.get(i)).forEach(term -> inTitle.merge(term, title, Boolean::logicalOr));
        }
        StringBuilder literal = new StringBuilder();
        for (java.util.Map.Entry<String, Boolean> term : inTitle.entrySet()) {
            literal.append(literal.length() == 0 ? "" : " ").append(term.getKey()).append(term.getValue() ? ":1A" : ":1");
            if (eventTerms != null) {
                eventTerms.setString(1, term.getKey());
                eventTerms.setObject(2, id);
                eventTerms.setBoolean(3, term.getValue());
                eventTerms.addBatch();
            }
        }
        events.setString(COLUMNS.split(",").length, literal.toString());
        events.addBatch();
    }

    /**
     * PostgreSQL plans the foreign-key checks of the relation rows (event_topic, ...) once per connection and keeps
     * the plan until the statistics of event change; this machine runs no autovacuum. Planned on the few seeded
     * events, each check read the whole (city_slug, id) index instead of the primary key, so every event cost
     * more than the last (all but stalled at 90,000). Analyzing event after the first 1,000 makes PostgreSQL plan
     * them again, on the primary key.
     */
    private static void analyzeEvents(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE event");
        }
        connection.commit();
    }

    /** Whether the database has this table (a build before the facet totals has none). */
    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void readVocabulary(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT slug, time_zone, name, latitude, longitude FROM city ORDER BY slug")) {
                while (rows.next()) {
                    cities.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)});
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT slug, name FROM organizer")) {
                while (rows.next()) {
                    organizerNames.put(rows.getString(1), rows.getString(2));
                }
            }
            slugs(statement, "organizer", organizers);
            slugs(statement, "topic", topics);
            slugs(statement, "network", networks);
        }
        if (cities.isEmpty() || organizers.isEmpty() || topics.isEmpty()) {
            throw new IllegalStateException("start the service once on this database first, so it is seeded");
        }
    }

    private static void slugs(Statement statement, String table, List<String> into) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT slug FROM " + table + " ORDER BY slug")) {
            while (rows.next()) {
                into.add(rows.getString(1));
            }
        }
    }

    /**
     * Sets the columns of one event but search_text, adds its texts to index to {@code texts}, title first; answers
     * the language of its text.
     */
    private String addEvent(PreparedStatement insert, UUID id, int n, List<String> texts) throws SQLException {
        String format = one(FORMATS);
        boolean hasCity = !format.equals("online") || random.nextBoolean();
        String[] city = hasCity ? cities.get(random.nextInt(cities.size())) : null;
        ZoneId zone = ZoneId.of(city == null ? "UTC" : city[1]);
        boolean allDay = random.nextInt(10) == 0;
        Instant start;
        Instant end;
        if (allDay) {
            LocalDate day = LocalDate.ofInstant(randomInstant(), zone);
            start = day.atStartOfDay(zone).toInstant();
            end = day.plusDays(1 + random.nextInt(2)).atStartOfDay(zone).toInstant();
        } else {
            start = randomInstant();
            end = start.plus(Duration.ofMinutes(60 + 30L * random.nextInt(5)));
        }
        longestSeconds = Math.max(longestSeconds, Duration.between(start, end).toSeconds() + 1);
        String title = one(KINDS) + ": " + one(SUBJECTS) + " #" + n;
        String description = "Generated benchmark event about " + one(SUBJECTS) + " and " + one(SUBJECTS) + ".";
        String status = random.nextInt(20) == 0 ? "cancelled" : random.nextInt(20) == 0 ? "postponed" : "scheduled";
        int freeRoll = random.nextInt(10);
        Boolean free = freeRoll < 7 ? Boolean.TRUE : freeRoll < 9 ? Boolean.FALSE : null;
        boolean venue = !format.equals("online") && random.nextBoolean();
        Instant created = start.minus(Duration.ofDays(10 + random.nextInt(120)));
        String language = one(LANGUAGES);
        Object[] values = {id, "bench-" + n, title, description, language, zone.getId(), allDay,
                utc(start), utc(end), format, venue ? "Venue " + n : null, venue ? n + " Main Street" : null,
                venue ? venueCoordinate(city[3], n) : null, venue ? venueCoordinate(city[4], n + 7) : null,
                city == null ? null : city[0],
                networks.isEmpty() || random.nextInt(3) > 0 ? null : networks.get(random.nextInt(networks.size())),
                format.equals("in_person") ? null : "https://meet.example.org/bench-" + n, null,
                String.join(",", pick(List.of(AUDIENCES), 1 + random.nextInt(2))), free,
                Boolean.FALSE.equals(free) ? "10 EUR" : null, null, "", status,
                status.equals("scheduled") ? null : "Generated", status.equals("scheduled") ? 0 : 1,
                utc(created), utc(created), null, null, null};
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        texts.addAll(List.of(title, description));
        if (venue) {
            texts.add("Venue " + n);
        }
        if (city != null) {
            texts.add(city[2]);
        }
        return language;
    }

    /** A venue up to about 5 km from its city's centre, without drawing from the random sequence. */
    private static Double venueCoordinate(String cityCoordinate, int n) {
        return cityCoordinate == null ? null : Double.parseDouble(cityCoordinate) + ((n % 21) - 10) * 0.004;
    }

    private Instant randomInstant() {
        long seconds = Duration.between(FIRST, LAST).getSeconds();
        return FIRST.plusSeconds((long) (random.nextDouble() * seconds) / 900 * 900);
    }

    private String one(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private List<String> pick(List<String> values, int howMany) {
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(howMany, values.size())) {
            String value = values.get(random.nextInt(values.size()));
            if (!chosen.contains(value)) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
