package org.learncal.manage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A browser-like client of the console over real HTTP, without a browser: it asks for HTML in English unless
 * told otherwise, keeps the session cookie, follows no redirect by itself (tests look at them), and reads each
 * form's CSRF token from the page it came with.
 */
final class ConsoleClient {
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String session;
    private String accept = "text/html,application/xhtml+xml,*/*;q=0.8";
    private String language = "en";

    ConsoleClient(URI base) {
        this.base = base;
    }

    /** A page or form answer, read whole. */
    record Answer(int status, HttpResponse<String> response) {
        String body() {
            return response.body();
        }

        Document html() {
            return Jsoup.parse(response.body());
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        String csrf() {
            return html().selectFirst("input[name=_csrf]").attr("value");
        }
    }

    Optional<String> session() {
        return Optional.ofNullable(session);
    }

    void session(String id) {
        session = id;
    }

    /** Asks for pages in {@code tag} (Accept-Language), as a browser set to that language. */
    ConsoleClient language(String tag) {
        language = tag;
        return this;
    }

    /** Sends this Accept instead of a browser's. */
    ConsoleClient accept(String mediaTypes) {
        accept = mediaTypes;
        return this;
    }

    Answer signIn(String token) {
        Answer answer = post("/manage/sign-in", List.of("token", token));
        answer.header("Set-Cookie").filter(c -> c.startsWith(SessionCookie.NAME + "="))
                .ifPresent(c -> session = c.substring(SessionCookie.NAME.length() + 1, c.indexOf(';')));
        return answer;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** POSTs form fields given as name, value, name, value... */
    Answer post(String path, List<String> fields, String... headers) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.size(); i += 2) {
            pairs.add(encode(fields.get(i)) + "=" + encode(fields.get(i + 1)));
        }
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    /** POSTs a form with the CSRF token of the page at {@code formPage}. */
    Answer submit(String formPage, String path, List<String> fields) {
        List<String> all = new ArrayList<>(List.of("_csrf", get(formPage).csrf()));
        all.addAll(fields);
        return post(path, all);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept).header("Accept-Language", language);
        if (session != null) {
            request.header("Cookie", SessionCookie.NAME + "=" + session);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
