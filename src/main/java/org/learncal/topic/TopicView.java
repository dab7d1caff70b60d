package org.learncal.topic;

import io.micronaut.serde.annotation.Serdeable;
import org.learncal.link.LinkFactory;
import org.learncal.link.Links;
import org.learncal.reference.Topic;

/** A topic as the API lists it, with the links of its events: JSON search, web page and feed. */
@Serdeable
public record TopicView(String slug, String labelEn, String labelFr, Links links) {

    public static TopicView of(Topic topic, LinkFactory links) {
        return new TopicView(topic.slug(), topic.labelEn(), topic.labelFr(), links.topic(topic.slug()));
    }
}
