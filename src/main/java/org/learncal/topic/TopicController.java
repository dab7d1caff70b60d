package org.learncal.topic;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;

/** Lists the topics that events can be filtered by. */
@Controller("/api/topics")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TopicController {
    private final TopicRepository topics;

    TopicController(TopicRepository topics) {
        this.topics = topics;
    }

    @Get
    public List<Topic> list() {
        return topics.findAllOrderBySlug();
    }
}
