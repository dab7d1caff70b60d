package org.learncal.network;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.link.Links;
import org.learncal.reference.Network;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Networks with their member cities and the years they joined. */
@MicronautTest(transactional = false)
class NetworkApiTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void gnlcListsItsMemberCitiesByName() {
        NetworkView gnlc = client.toBlocking().retrieve(HttpRequest.GET("/api/networks/gnlc"), NetworkView.class);
        assertEquals("UNESCO Global Network of Learning Cities", gnlc.name());
        assertEquals("uil", gnlc.coordinator());
        assertEquals(List.of("aswan", "benguerir", "chefchaouen", "mexico-city", "cork", "dakar", "fes", "marrakech",
                "okayama"), gnlc.members().stream().map(NetworkView.Member::slug).toList());
        assertEquals(new NetworkView.Member("benguerir", "Benguerir", "MA", 2020), gnlc.members().get(1));
        assertEquals(new Links("https://learncal.test/api/networks/gnlc", "https://learncal.test/networks/gnlc",
                "https://learncal.test/calendar/networks/gnlc.ics", "webcal://learncal.test/calendar/networks/gnlc.ics",
                null), gnlc.links());
    }

    @Test
    void networkListLeavesMembersToTheSingleResource() {
        List<NetworkView> networks = client.toBlocking().retrieve(HttpRequest.GET("/api/networks"),
                Argument.listOf(NetworkView.class));
        NetworkView gnlc = networks.stream().filter(n -> n.slug().equals("gnlc")).findFirst().orElseThrow();
        assertNull(gnlc.members());
        assertTrue(networks.stream().anyMatch(n -> n.slug().equals("fr-villes-apprenantes")));
    }
}
