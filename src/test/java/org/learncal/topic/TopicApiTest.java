package org.learncal.topic;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.reference.Topic;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Topics labelled in English, French, Spanish and Arabic, starting with the seven GNLC priority areas. */
@MicronautTest(transactional = false)
class TopicApiTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void topicsIncludeTheSevenGnlcPriorityAreasInFourLanguages() {
        List<Topic> topics = client.toBlocking().retrieve(HttpRequest.GET("/api/topics"), Argument.listOf(Topic.class));
        assertTrue(topics.contains(new Topic("literacy", Map.of("en", "Literacy", "fr", "Alphabétisation",
                "es", "Alfabetización", "ar", "محو الأمية"))), topics::toString);
        List<String> slugs = topics.stream().map(Topic::slug).toList();
        assertTrue(slugs.containsAll(List.of("education-for-sustainable-development", "equity-and-inclusion",
                "educational-planning", "global-citizenship-education", "entrepreneurship", "health-and-well-being",
                "literacy")));
        assertEquals(slugs.stream().sorted().toList(), slugs);
    }
}
