package org.learncal.embed;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Another site on another origin (127.0.0.2, while LearnCal is on localhost) that embeds LearnCal under a strict
 * Content-Security-Policy: its own styles, LearnCal's script, fetches and frames, nothing else, nothing inline.
 */
final class ForeignSite implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    ForeignSite(String learncalOrigin) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        String policy = "default-src 'none'; style-src 'self'; script-src " + learncalOrigin + "; connect-src "
                + learncalOrigin + "; frame-src " + learncalOrigin + "; base-uri 'none'; form-action 'none'";
        server.createContext("/", exchange -> {
            String body = pages.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", exchange.getRequestURI().getPath().endsWith(".css")
                    ? "text/css" : "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("Content-Security-Policy", policy);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        // the city's own stylesheet themes the widget through its custom properties
        pages.put("/site.css", "learncal-events { --learncal-accent: rgb(128, 0, 64); }");
        server.start();
    }

    /** Serves a page whose body is this HTML, and answers its URL. */
    String page(String path, String lang, String body) {
        pages.put(path, "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>Ville</title>"
                + "<link rel=\"stylesheet\" href=\"/site.css\"></head><body><h1>Ville apprenante</h1>" + body
                + "</body></html>");
        return "http://127.0.0.2:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
