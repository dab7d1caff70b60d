package org.learncal.topic;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.link.LinkFactory;
import org.learncal.reference.TopicStore;

import java.util.List;

/** Lists the topics that events can be filtered by, each with the links (and feed) of its events. */
@Controller("/api/topics")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TopicController {
    private final TopicStore topics;
    private final LinkFactory links;

    TopicController(TopicStore topics, LinkFactory links) {
        this.topics = topics;
        this.links = links;
    }

    @Get
    public List<TopicView> list() {
        return topics.findAllOrderBySlug().stream().map(topic -> TopicView.of(topic, links)).toList();
    }
}
