package org.learncal.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sets up publishers through the admin API, as an operator would: fresh organizers (in fresh cities of
 * fresh networks, so tests never share them) and their tokens.
 */
public final class Tokens {
    public static final String ADMIN = "test-admin-token";

    private Tokens() {
    }

    /** A fresh slug with this prefix. */
    public static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static <T> MutableHttpRequest<T> as(String token, MutableHttpRequest<T> request) {
        return request.bearerAuth(token);
    }

    public static String network(BlockingHttpClient client) {
        String slug = fresh("net");
        client.exchange(as(ADMIN, HttpRequest.POST("/api/networks", Map.of("slug", slug, "name", "Network " + slug,
                "description", "A test network"))));
        return slug;
    }

    public static String city(BlockingHttpClient client, String network) {
        String slug = fresh("city");
        client.exchange(as(ADMIN, HttpRequest.POST("/api/cities", Map.of("slug", slug, "name", "City " + slug,
                "country", "MA", "timeZone", "Africa/Casablanca",
                "networks", List.of(Map.of("network", network, "joined", 2024))))));
        return slug;
    }

    public static String organizer(BlockingHttpClient client, String city) {
        String slug = fresh("org");
        client.exchange(as(ADMIN, HttpRequest.POST("/api/organizers", Map.of("slug", slug, "name", "Organizer " + slug,
                "kind", "ngo", "city", city))));
        return slug;
    }

    @SuppressWarnings("unchecked")
    public static String organizerToken(BlockingHttpClient client, String organizer) {
        return (String) client.retrieve(as(ADMIN, HttpRequest.POST("/api/organizers/" + organizer + "/tokens",
                Map.of("name", organizer + " desk"))), Map.class).get("token");
    }

    @SuppressWarnings("unchecked")
    public static String networkToken(BlockingHttpClient client, String network) {
        return (String) client.retrieve(as(ADMIN, HttpRequest.POST("/api/networks/" + network + "/tokens",
                Map.of("name", network + " reviewers"))), Map.class).get("token");
    }

    /** A network with one member city and one organizer there, with tokens for both. */
    public record Publisher(String network, String city, String organizer, String organizerToken,
                            String networkToken) {
    }

    public static Publisher publisher(BlockingHttpClient client, boolean trusted) {
        String network = network(client);
        String city = city(client, network);
        String organizer = organizer(client, city);
        Publisher publisher = new Publisher(network, city, organizer, organizerToken(client, organizer),
                networkToken(client, network));
        if (trusted) {
            client.exchange(as(publisher.networkToken(), HttpRequest.PUT("/api/networks/" + network + "/trusted/"
                    + organizer, "")));
        }
        return publisher;
    }
}
