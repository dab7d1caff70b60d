package org.learncal.seed;

import io.micronaut.core.type.Argument;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.db.Sql;
import org.learncal.event.EventStore;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.Membership;
import org.learncal.reference.MembershipStore;
import org.learncal.reference.Network;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerStore;
import org.learncal.reference.Topic;
import org.learncal.reference.TopicStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** Loads seed-data/ into the database: adds what is missing, never changes what is there. */
@Singleton
public class SeedLoader {
    private static final List<String> FILES = List.of("topics.json", "cities.json", "organizers.json",
            "networks.json", "events.json");

    private final ObjectMapper json;
    private final TopicStore topics;
    private final CityStore cities;
    private final OrganizerStore organizers;
    private final NetworkStore networks;
    private final MembershipStore memberships;
    private final EventStore events;
    private final CatalogVersion version;
    private final Sql sql;

    SeedLoader(ObjectMapper json, TopicStore topics, CityStore cities,
               OrganizerStore organizers, NetworkStore networks, MembershipStore memberships,
               EventStore events, CatalogVersion version, Sql sql) {
        this.sql = sql;
        this.json = json;
        this.topics = topics;
        this.cities = cities;
        this.organizers = organizers;
        this.networks = networks;
        this.memberships = memberships;
        this.events = events;
        this.version = version;
    }

    /** How many rows of each kind a load added. */
    public record Report(int topics, int cities, int organizers, int networks, int memberships, int events) {
        public int total() {
            return topics + cities + organizers + networks + memberships + events;
        }
    }

    /**
     * Loads the seed data unless this very data (same bytes) was loaded into this database before: then it costs
     * one query instead of reading the seed files and looking up every row. Empty when it was skipped.
     */
    @Transactional
    public Optional<Report> loadIfChanged(String location) {
        String fingerprint = fingerprint(location);
        String loaded = sql.query("SELECT fingerprint FROM seed_state WHERE id = 1", List.of(),
                row -> row.getString(1)).get(0);
        if (fingerprint.equals(loaded)) {
            return Optional.empty();
        }
        Report report = load(location);
        sql.update("UPDATE seed_state SET fingerprint = ? WHERE id = 1", List.of(fingerprint));
        return Optional.of(report);
    }

    /** The SHA-256 of every seed file, in hex. */
    String fingerprint(String location) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                try (InputStream in = open(location, file)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed files in " + location, e);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Transactional
    public Report load(String location) {
        List<SeedRecords.SeedCity> cityRows = read(location, "cities.json", SeedRecords.SeedCity.class);
        int topicCount = addMissing(topics::existsById, topics::save, read(location, "topics.json", Topic.class),
                Topic::slug);
        int cityCount = addMissing(cities, cityRows.stream().map(SeedRecords.SeedCity::toCity).toList(),
                City::slug);
        int organizerCount = addMissing(organizers, read(location, "organizers.json",
                SeedRecords.SeedOrganizer.class).stream().map(SeedRecords.SeedOrganizer::toOrganizer).toList(),
                Organizer::slug);
        int networkCount = addMissing(networks, read(location, "networks.json", SeedRecords.SeedNetwork.class)
                .stream().map(SeedRecords.SeedNetwork::toNetwork).toList(), Network::slug);
        int membershipCount = addMissing(memberships, cityRows.stream()
                .flatMap(city -> city.memberships().stream()).toList(), Membership::key);
        int eventCount = 0;
        for (SeedEvent seed : read(location, "events.json", SeedEvent.class)) {
            if (events.find(seed.id()).isEmpty() && !events.slugTaken(seed.slug())) {
                events.insert(seed.toEvent());
                eventCount++;
            }
        }
        Report report = new Report(topicCount, cityCount, organizerCount, networkCount, membershipCount, eventCount);
        if (report.total() > 0) {
            version.bump();
        }
        return report;
    }

    private static <T, K> int addMissing(CrudRepository<T, K> repository, List<T> rows, Function<T, K> id) {
        return addMissing(repository::existsById, repository::save, rows, id);
    }

    private static <T, K> int addMissing(Predicate<K> exists, Consumer<T> save, List<T> rows, Function<T, K> id) {
        int added = 0;
        for (T row : rows) {
            if (!exists.test(id.apply(row))) {
                save.accept(row);
                added++;
            }
        }
        return added;
    }

    private <T> List<T> read(String location, String file, Class<T> type) {
        try (InputStream in = open(location, file)) {
            return json.readValue(in, Argument.listOf(type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + location + "/" + file, e);
        }
    }

    private InputStream open(String location, String file) throws IOException {
        if (location.startsWith("classpath:")) {
            // the class loader itself: Micronaut's ResourceResolver costs a start several times as much in a jar
            InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(
                    location.substring("classpath:".length()) + "/" + file);
            if (in == null) {
                throw new IOException("no " + file + " in " + location);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location, file));
    }
}
