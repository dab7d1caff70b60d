package org.learncal.topic;

import io.micronaut.serde.annotation.Serdeable;
import org.learncal.link.LinkFactory;
import org.learncal.link.Links;
import org.learncal.reference.Topic;

import java.util.Map;

/** A topic as the API lists it, with the links of its events: JSON search, web page and feed. */
@Serdeable
public record TopicView(String slug, Map<String, String> labels, Links links) {

    public static TopicView of(Topic topic, LinkFactory links) {
        return new TopicView(topic.slug(), topic.labels(), links.topic(topic.slug()));
    }
}
