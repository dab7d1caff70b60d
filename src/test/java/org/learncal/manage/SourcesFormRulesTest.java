package org.learncal.manage;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.as;

/** The console's source form and actions keep the API's rules: its errors, who may publish, manage, confirm. */
@MicronautTest(transactional = false)
class SourcesFormRulesTest {
    static final String URL = "http://127.0.0.1:9/calendar.ics";

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient api;

    @Test
    void badFieldsAreExplainedBesideThemWithTheInputKeptAndMarkupShownAsText() {
        ConsoleClient organizer = signedIn(Tokens.publisher(api.toBlocking(), true).organizerToken());

        ConsoleClient.Answer refused = organizer.submit("/manage/sources", "/manage/sources", List.of(
                "url", "ftp://<b>x</b>", "language", "<i>fr", "interval", "PT1M", "trust", "review",
                "updateAuthority", "source"));

        Document page = refused.html();
        assertEquals(400, refused.status());
        assertEquals(List.of("is not a valid address: Illegal character in authority",
                "'<i>fr' is not a BCP 47 language tag", "must be between PT15M and P7D, not PT1M"),
                List.of(page.getElementById("url-error").text(), page.getElementById("language-error").text(),
                        page.getElementById("interval-error").text()));
        assertEquals(List.of("ftp://<b>x</b>", "<i>fr", "PT1M"), List.of(page.getElementById("url").val(),
                page.getElementById("language").val(), page.getElementById("interval").val()));
        assertEquals(0, page.select("main b, main i").size());
    }

    @Test
    void anUntrustedOrganizerMayNotPublishWithoutReviewAndIsToldBesideTrust() {
        Tokens.Publisher untrusted = Tokens.publisher(api.toBlocking(), false);
        ConsoleClient organizer = signedIn(untrusted.organizerToken());

        Document page = organizer.submit("/manage/sources", "/manage/sources", List.of("url", URL,
                "trust", "publish", "updateAuthority", "source", "interval", "PT1H")).html();

        assertEquals("The token '" + untrusted.organizer() + " desk' (organizer " + untrusted.organizer()
                + ") may not publish a calendar's events without review (trust: publish) until a network trusts "
                + "organizer " + untrusted.organizer(),
                page.getElementById("trust-error").text());
        assertEquals("publish", page.selectFirst("#trust option[selected]").val());
        assertEquals(List.of(), sources(untrusted.organizerToken()));
    }

    @Test
    void aNetworkSeesAndAddsForItsMembersOnlyAndConfirmsOnlyAHeldRun() {
        Tokens.Publisher member = Tokens.publisher(api.toBlocking(), false);
        Tokens.Publisher other = Tokens.publisher(api.toBlocking(), false);
        ConsoleClient network = signedIn(member.networkToken());
        network.submit("/manage/sources", "/manage/sources", List.of("organizer", member.organizer(), "url", URL,
                "trust", "publish", "updateAuthority", "source", "interval", "PT1H"));
        Document foreign = network.submit("/manage/sources", "/manage/sources", List.of("organizer",
                other.organizer(), "url", URL, "trust", "review", "updateAuthority", "source", "interval", "PT1H"))
                .html();
        String id = (String) sources(member.networkToken()).get(0).get("id");

        Document page = network.submit("/manage/sources", "/manage/sources/" + id + "/confirm", List.of()).html();

        assertEquals(List.of(member.organizer() + "|publish"), sources(member.networkToken()).stream()
                .map(s -> s.get("organizer") + "|" + s.get("trust")).toList());
        assertEquals(List.of(member.organizer()), page.select(".source .organizer").eachText());
        assertEquals("Not done: Source " + id + " is not held; there is nothing to confirm",
                page.getElementById("conflict").text());
        assertEquals("The token '" + member.network() + " reviewers' (network " + member.network()
                + ") may not write events of organizers " + other.organizer(),
                foreign.getElementById("organizer-error").text());
    }

    @Test
    void anOrganizerMayNotConfirmAHeldRun() {
        Tokens.Publisher publisher = Tokens.publisher(api.toBlocking(), true);
        ConsoleClient organizer = signedIn(publisher.organizerToken());
        organizer.submit("/manage/sources", "/manage/sources", List.of("url", URL, "trust", "review",
                "updateAuthority", "source", "interval", "PT1H"));
        String id = (String) sources(publisher.organizerToken()).get(0).get("id");

        ConsoleClient.Answer refused = organizer.submit("/manage/sources", "/manage/sources/" + id + "/confirm",
                List.of());

        assertEquals(List.of(403, "Your token does not allow this."), List.of(refused.status(),
                refused.html().getElementById("refusal").text()));
    }

    private ConsoleClient signedIn(String token) {
        ConsoleClient client = new ConsoleClient(server.getURI());
        client.signIn(token);
        return client;
    }

    private List<Map<String, Object>> sources(String token) {
        return api.toBlocking().retrieve(as(token, HttpRequest.GET("/api/sources")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
