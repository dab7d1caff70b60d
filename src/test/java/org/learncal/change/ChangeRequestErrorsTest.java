package org.learncal.change;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.problem.Problem;
import org.learncal.support.Api;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad change-feed requests get a 400 naming each bad parameter. */
@MicronautTest
class ChangeRequestErrorsTest {
    @Inject
    @Client("/")
    HttpClient http;

    private List<String> badNames(String query) {
        Problem problem = new Api(http.toBlocking()).problem("/api/changes?" + query, 400);
        return problem.errors().stream().map(Problem.InputError::name).toList();
    }

    @Test
    void positionNeedsBothHalves() {
        assertEquals(List.of("afterId"), badNames("afterTimestamp=12"));
        assertEquals(List.of("afterTimestamp"), badNames("afterId=3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01"));
        assertEquals(List.of("afterTimestamp"), badNames("afterTimestamp=x&afterId=y"));
    }

    @Test
    void dateAndStatusFiltersDoNotApply() {
        assertEquals(List.of("from", "status"), badNames("from=2027-01-01&status=cancelled"));
    }

    @Test
    void limitIsBounded() {
        assertEquals(List.of("limit"), badNames("limit=1001"));
        assertEquals(List.of("limit"), badNames("limit=0"));
    }

    @Test
    void unknownFiltersAreRefusedLikeInTheSearch() {
        assertEquals(List.of("network"), badNames("network=nowhere"));
    }
}
