package org.learncal.manage;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which requests count as sent from another site, by what the browser says of them. */
class CrossSiteTest {
    private static HttpRequest<?> post(String... headers) {
        var request = HttpRequest.POST("/manage/events", "").header(HttpHeaders.HOST, "learncal.org");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    @Test
    void anotherOriginIsCrossSite() {
        assertTrue(ConsoleFilter.isCrossSite(post("Origin", "https://attacker.example")));
    }

    @Test
    void aSiblingSubdomainIsCrossSiteToo() {
        assertTrue(ConsoleFilter.isCrossSite(post("Sec-Fetch-Site", "same-site")));
    }

    @Test
    void theSameOriginIsNot() {
        assertFalse(ConsoleFilter.isCrossSite(post("Origin", "https://learncal.org", "Sec-Fetch-Site", "same-origin")));
    }

    @Test
    void aToolSendingNeitherHeaderIsNot() {
        assertFalse(ConsoleFilter.isCrossSite(post()));
    }

    @Test
    void aMalformedOriginIsCrossSite() {
        assertTrue(ConsoleFilter.isCrossSite(post("Origin", "::not a uri")));
    }
}
