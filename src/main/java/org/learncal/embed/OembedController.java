package org.learncal.embed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.http.HttpMethod;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.link.LinkFactory;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;

/**
 * oEmbed (https://oembed.com) for LearnCal's pages: the answer embeds the widget's iframe page for the page's
 * search (a network, organizer or city page, the search page, or an event page: its organizers' events).
 */
@Controller("/oembed")
@ExecuteOn(TaskExecutors.BLOCKING)
@CrossOrigin(allowedOriginsRegex = ".*", allowedMethods = {HttpMethod.GET}, allowCredentials = false)
public class OembedController {
    private final OembedTargets targets;
    private final EmbedSnippets snippets;
    private final LinkFactory links;

    OembedController(OembedTargets targets, EmbedSnippets snippets, LinkFactory links) {
        this.targets = targets;
        this.snippets = snippets;
        this.links = links;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<OembedResponse> oembed(@QueryValue String url, @Nullable @QueryValue String format,
                                               @Nullable @QueryValue Integer maxwidth,
                                               @Nullable @QueryValue Integer maxheight) {
        if (format != null && !format.equals("json")) {
            throw new ProblemException(ProblemType.NOT_IMPLEMENTED, "Only format=json is offered");
        }
        OembedTargets.Target target = targets.of(url);
        int width = fitted("maxwidth", maxwidth, EmbedSnippets.FRAME_WIDTH);
        int height = fitted("maxheight", maxheight, EmbedSnippets.FRAME_HEIGHT);
        String frame = snippets.frameUrl(target.search(), target.lang());
        return HttpResponse.ok(new OembedResponse("1.0", "rich", target.title(), snippets.iframe(frame, width,
                height), width, height, "LearnCal", links.base(), 3600));
    }

    /** The frame's size within the consumer's maximum; oEmbed's maxima are positive integers. */
    private static int fitted(String parameter, @Nullable Integer maximum, int size) {
        if (maximum == null) {
            return size;
        }
        if (maximum < 1) {
            throw ProblemException.invalid(parameter, "must be a positive number of pixels, got " + maximum);
        }
        return Math.min(size, maximum);
    }
}
