package org.learncal.organizer;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.link.LinkFactory;
import org.learncal.problem.ProblemException;
import org.learncal.reference.OrganizerStore;

import java.util.List;

/** Organizers of events. */
@Controller("/api/organizers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrganizerController {
    private final OrganizerStore organizers;
    private final LinkFactory links;

    OrganizerController(OrganizerStore organizers, LinkFactory links) {
        this.organizers = organizers;
        this.links = links;
    }

    @Get
    public List<OrganizerView> list() {
        return organizers.findAllOrderByName().stream().map(organizer -> OrganizerView.of(organizer, links)).toList();
    }

    @Get("/{slug}")
    public OrganizerView show(String slug) {
        return organizers.findById(slug).map(organizer -> OrganizerView.of(organizer, links))
                .orElseThrow(() -> ProblemException.notFound("organizer", slug));
    }
}
