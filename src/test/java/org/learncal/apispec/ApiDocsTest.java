package org.learncal.apispec;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract and its browsable reference are served from the jar, without any CDN. */
@MicronautTest
class ApiDocsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theSpecIsServedAsYaml() {
        Exchange spec = Exchange.get(client, "/api-spec/openapi.yaml", "*/*");
        assertEquals(200, spec.status());
        assertEquals("application/yaml", spec.contentType());
        assertEquals(ContractValidator.specText(), spec.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api-docs/", "/api-docs/index.html"})
    void theReferencePagePointsSwaggerUiAtTheSpec(String uri) {
        Exchange page = Exchange.get(client, uri, "text/html");
        assertEquals(200, page.status(), page.toString());
        assertEquals("text/html", page.contentType());
        assertTrue(page.body().contains("data-spec-url=\"/api-spec/openapi.yaml\""), page.body());
        assertTrue(page.body().contains("<script src=\"/api-docs/learncal-init.js\"></script>"), page.body());
        assertTrue(!page.body().contains("<script>") && !page.body().contains("http"),
                "no inline script and no external address: " + page.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api-docs/swagger-ui-bundle.js", "/api-docs/swagger-ui-standalone-preset.js",
        "/api-docs/learncal-init.js"})
    void theScriptsThePageLoadsAreServed(String uri) {
        Exchange script = Exchange.get(client, uri, "*/*");
        assertEquals(200, script.status(), script.toString());
        assertEquals("application/javascript", script.contentType());
    }

    @Test
    void theStylesheetThePageLoadsIsServed() {
        Exchange css = Exchange.get(client, "/api-docs/swagger-ui.css", "*/*");
        assertEquals(200, css.status());
        assertEquals("text/css", css.contentType());
    }
}
