package org.learncal.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learncal.support.WebResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every kind of page passes the W3C HTML checker (vnu), run in-process. */
@MicronautTest(transactional = false)
class HtmlValidityTest {
    @Inject
    @Client("/")
    HttpClient client;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?from=2021-01-01&topic=literacy&language=fr", "/?topic=astrology",
            "/events/" + EventPageTest.WEBINAR, "/events/684413ed-0d97-4bf6-86e7-2c6f912e2b5e",
            "/events/3244e892-4cdc-4436-a6f1-fd1659a6ca2c", "/networks/gnlc", "/organizers/um6p",
            "/cities/benguerir", "/cities/nowhere", "/embed/events?network=gnlc&language=fr&lang=ar"})
    void pageIsValidHtml(String path) throws Exception {
        String report = check(WebResponse.get(client, path).body());

        assertEquals(List.of(), errors(report), report);
    }

    @Test
    void checkerReportsInvalidHtml() throws Exception {
        String report = check("<!DOCTYPE html><html lang=en><title>x</title><ul><p>not an item</p></ul></html>");

        assertEquals(1, errors(report).size(), report);
    }

    private static String check(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        return validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> errors(String report) {
        return report.lines().filter(line -> line.contains("error")).toList();
    }
}
