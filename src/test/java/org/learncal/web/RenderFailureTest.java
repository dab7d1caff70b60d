package org.learncal.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A template that fails while it renders answers a 500 page at once (not a hung response), and the cause is logged. */
@MicronautTest
@Property(name = RenderFailureTest.PROPERTY, value = "true")
class RenderFailureTest {
    static final String PROPERTY = "test.broken-view";

    @Inject
    EmbeddedServer server;

    @Test
    void aFailingTemplateAnswers500WithAPageAndLogsWhy() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(RenderedPages.class)).addAppender(log);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURI() + "/test/broken-view")).header("Accept", "text/html")
                .header("Accept-Language", "fr").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(500, response.statusCode());
        assertEquals("text/html", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertEquals("Une erreur est survenue", Jsoup.parse(response.body()).selectFirst("h1").text());
        assertTrue(!response.body().contains("Rendered until here"), response.body());
        ILoggingEvent logged = log.list.get(0);
        assertEquals("A page failed to render for GET /test/broken-view", logged.getFormattedMessage());
        assertEquals("Error rendering Thymeleaf view [test-broken]: Exception evaluating OGNL expression: "
                + "\"missing.name\" (template: \"test-broken\" - line 5, col 4)",
                logged.getThrowableProxy().getMessage());
    }
}
