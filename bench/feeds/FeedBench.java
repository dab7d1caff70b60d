import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.learncal.catalog.CatalogVersion;
import org.learncal.event.Audience;
import org.learncal.event.Cost;
import org.learncal.event.Event;
import org.learncal.event.EventFormat;
import org.learncal.event.EventStatus;
import org.learncal.event.EventStore;
import org.learncal.event.EventWrites;
import org.learncal.event.Schedule;
import org.learncal.event.Source;
import org.learncal.event.Venue;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerKind;
import org.learncal.reference.OrganizerStore;
import org.learncal.token.Caller;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feed benchmark: a feed of N events (default 10,000) served cold (right after a catalogue change), warm
 * (from the cache), as a 304, and the same bytes as a static file from the JDK's HTTP server for comparison.
 * Run by bench/feeds/run.sh; prints a Markdown table of medians.
 */
public class FeedBench {
    private static final String[] ZONES = {"Europe/Paris", "Africa/Casablanca", "Asia/Tokyo", "America/Toronto",
            "Africa/Cairo", "Europe/London", "America/Sao_Paulo", "Africa/Dakar"};
    private static final String[] TITLES = {"Journée d'étude : éducation et citoyenneté, à Fès",
            "ندوة حول التعلم مدى الحياة في المدن المتعلمة", "学習都市における生涯学習の国際ウェビナー",
            "Learning cities webinar: literacy, numeracy; digital skills"};

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dataDir = Files.createTempDirectory("learncal-bench");
        Map<String, Object> properties = Map.of("micronaut.server.port", -1, "learncal.data-dir", dataDir.toString(),
                "learncal.feeds.max-events", events, "learncal.public-url", "https://learncal.example");
        Map<String, List<Double>> rows = new java.util.LinkedHashMap<>();
        double ratio;
        int size;
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            List<Event> inserted = insert(context, events);
            EventWrites writes = context.getBean(EventWrites.class);
            String url = server.getURL() + "/calendar/organizers/bench-org.ics";
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            CatalogVersion version = context.getBean(CatalogVersion.class);
            long firstStart = System.nanoTime();
            byte[] body = get(client, url, null).body();
            List<Double> first = List.of(millis(firstStart));
            List<Double> cold = new ArrayList<>();
            List<Double> edited = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                version.bump();
                long start = System.nanoTime();
                body = get(client, url, null).body();
                cold.add(millis(start));
                Event event = inserted.get(i * 997 % inserted.size());
                writes.replace(Caller.ADMIN, event,
                        event.postpone("bench " + i, Instant.parse("2026-02-01T00:00:00Z").plusSeconds(i)), "postponed");
                start = System.nanoTime();
                body = get(client, url, null).body();
                edited.add(millis(start));
            }
            String etag = get(client, url, null).headers().firstValue("ETag").orElseThrow();
            List<Double> warm = time(30, () -> get(client, url, null));
            List<Double> notModified = time(200, () -> check(get(client, url, etag).statusCode() == 304));
            List<Double> warmGzip = time(30, () -> getGzip(client, url));
            Path file = dataDir.resolve("feed.ics");
            Files.write(file, body);
            HttpServer fileServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            fileServer.createContext("/feed.ics", exchange -> {
                byte[] bytes = Files.readAllBytes(file);
                exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            fileServer.start();
            String fileUrl = "http://127.0.0.1:" + fileServer.getAddress().getPort() + "/feed.ics";
            List<Double> staticFile = time(30, () -> get(client, fileUrl, null));
            fileServer.stop(0);
            rows.put("first render after inserting (no rendered events yet)", first);
            rows.put("cold feed after an unrelated catalogue change", cold);
            rows.put("cold feed after one of its events changed", edited);
            rows.put("warm feed (cached)", warm);
            rows.put("warm feed, gzip", warmGzip);
            rows.put("304 (If-None-Match)", notModified);
            rows.put("same bytes as a static file (JDK HttpServer)", staticFile);
            ratio = median(warm) / median(staticFile);
            size = body.length;
        }
        long restart = System.nanoTime();
        try (ApplicationContext restarted = ApplicationContext.run(properties)) {
            EmbeddedServer server = restarted.getBean(EmbeddedServer.class).start();
            rows.put("restart until serving (context, seed check, warming)", List.of(millis(restart)));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long start = System.nanoTime();
            get(client, server.getURL() + "/calendar/organizers/bench-org.ics", null);
            rows.put("first feed after a restart (events rendered at startup)", List.of(millis(start)));
        }
        System.out.printf("%n%d events, %.1f MB feed (%d cores)%n%n", events, size / 1e6,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| request | median ms | runs |");
        System.out.println("| --- | ---: | ---: |");
        rows.forEach(FeedBench::row);
        System.out.printf("%nwarm / static file = %.2f%n", ratio);
    }

    private static List<Event> insert(ApplicationContext context, int count) {
        List<Event> inserted = new ArrayList<>();
        context.getBean(OrganizerStore.class).save(new Organizer("bench-org", "Benchmark organizer",
                OrganizerKind.NGO, "https://example.org", "bench@example.org", "benguerir"));
        EventStore store = context.getBean(EventStore.class);
        Instant created = Instant.parse("2026-01-10T09:00:00Z");
        LocalDateTime first = LocalDateTime.now().plusDays(1).withHour(9).withMinute(0).withSecond(0).withNano(0);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            LocalDateTime start = first.plusHours(i * 3L % (24 * 700)).plusMinutes(i % 4 * 15);
            EventFormat format = EventFormat.values()[i % 3];
            String title = TITLES[i % TITLES.length] + " #" + i;
            inserted.add(new Event(id, "bench-" + id, title, (title + ". ").repeat(6), i % 2 == 0 ? "fr" : "en",
                    Schedule.timed(start, start.plusHours(2), ZoneId.of(ZONES[i % ZONES.length])), format,
                    format == EventFormat.ONLINE ? null : new Venue("Campus", "1 rue de l'École", 32.2, -7.9),
                    "benguerir", format == EventFormat.IN_PERSON ? null : "https://meet.example.org/" + id,
                    "https://example.org/register/" + id, List.of("bench-org"), "gnlc", List.of("literacy"),
                    List.of(Audience.TEACHERS), Cost.FREE, true, List.of(),
                    i % 50 == 0 ? EventStatus.CANCELLED : EventStatus.SCHEDULED, null, 0, created, created,
                    new Source(null, null)));
            store.insert(inserted.get(i));
        }
        return inserted;
    }

    private static HttpResponse<byte[]> get(HttpClient client, String url, String etag) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object getGzip(HttpClient client, String url) {
        try {
            return check(client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip")
                    .build(), HttpResponse.BodyHandlers.ofByteArray()).headers()
                    .firstValue("Content-Encoding").orElse("").equals("gzip"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object check(boolean condition) {
        if (!condition) {
            throw new IllegalStateException("unexpected response");
        }
        return condition;
    }

    private static List<Double> time(int runs, java.util.function.Supplier<Object> request) {
        for (int i = 0; i < 5; i++) {
            request.get();
        }
        List<Double> timings = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            request.get();
            timings.add(millis(start));
        }
        return timings;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void row(String name, List<Double> values) {
        System.out.printf("| %s | %.2f | %d |%n", name, median(values), values.size());
    }
}
