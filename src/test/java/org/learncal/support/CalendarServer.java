package org.learncal.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An external calendar on loopback, as a test sets it up: it serves what {@link #answer} says and remembers
 * the header fields of every request it got.
 */
public final class CalendarServer implements AutoCloseable {
    /** How to answer one request. */
    @FunctionalInterface
    public interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final List<Map<String, List<String>>> requests = new CopyOnWriteArrayList<>();
    private volatile Answer answer = exchange -> send(exchange, 404, new byte[0]);

    private CalendarServer(HttpServer server) {
        this.server = server;
    }

    public static CalendarServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            CalendarServer calendar = new CalendarServer(server);
            server.createContext("/", exchange -> {
                calendar.requests.add(Map.copyOf(exchange.getRequestHeaders()));
                try (exchange) {
                    calendar.answer.send(exchange);
                } catch (IOException e) {
                    // the client went away (a cut-off or a timeout the test provoked)
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return calendar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(Answer next) {
        this.answer = next;
    }

    /** Serves {@code body} with an ETag and a Last-Modified, answering 304 to a matching conditional GET. */
    public void serve(String body, String etag) {
        answer(exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", "Mon, 30 Nov 2026 10:15:00 GMT");
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            send(exchange, 200, body.getBytes(StandardCharsets.UTF_8));
        });
    }

    public int hits() {
        return requests.size();
    }

    /** The value of a header field of the {@code index}-th request (0-based), or null. */
    public String header(int index, String name) {
        return requests.get(index).entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static String fixture(String name) {
        try (InputStream in = CalendarServer.class.getResourceAsStream("/sources/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
