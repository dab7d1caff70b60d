package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.event.EventLedger;
import org.learncal.problem.ProblemException;
import org.learncal.reference.NetworkOrganizers;
import org.learncal.reference.OrganizerStore;
import org.learncal.review.TrustStore;
import org.learncal.token.Caller;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A network's organizers (trusted to publish without review, or not) and its member cities' events. */
@Controller("/manage/network")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NetworkPageController {
    private final ConsolePages pages;
    private final EventLedger ledger;
    private final NetworkOrganizers networkOrganizers;
    private final OrganizerStore organizers;
    private final TrustStore trust;
    private final Clock clock;

    NetworkPageController(ConsolePages pages, EventLedger ledger, NetworkOrganizers networkOrganizers,
                          OrganizerStore organizers, TrustStore trust, Clock clock) {
        this.pages = pages;
        this.ledger = ledger;
        this.networkOrganizers = networkOrganizers;
        this.organizers = organizers;
        this.trust = trust;
        this.clock = clock;
    }

    /** One organizer based in the network: whether the network trusts it. */
    public record Member(String slug, String name, boolean trusted) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> show(HttpRequest<?> request) {
        String network = ConsolePages.session(request).caller().slug();
        List<String> members = networkOrganizers.of(network);
        List<String> trusted = trust.trusted(network);
        Map<String, Object> model = pages.model(request, "manage.network.title");
        model.put("members", members.stream().map(slug -> new Member(slug, organizers.findById(slug)
                .map(o -> o.name()).orElse(slug), trusted.contains(slug))).toList());
        model.put("rows", ledger.ofOrganizers(members).stream()
                .map(entry -> EventRow.of(entry, clock.instant(), pages, request)).toList());
        return ConsolePages.page("manage/network", model);
    }

    /** Trusts or stops trusting one of the network's organizers. */
    @Post(uri = "/trusted", produces = MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> trust(HttpRequest<?> request, @Nullable @Body byte[] body) {
        FormData data = FormData.parse(body);
        Caller caller = ConsolePages.checked(request, data.get(FormData.CSRF)).caller();
        String organizer = data.get("organizer");
        if (organizer == null || networkOrganizers.among(caller.slug(), List.of(organizer)).isEmpty()) {
            throw ProblemException.invalid("organizer", "'" + organizer + "' is not based in a member city of "
                    + "network '" + caller.slug() + "'");
        }
        if (data.checked("trusted")) {
            trust.trust(caller.slug(), organizer);
        } else {
            trust.distrust(caller.slug(), organizer);
        }
        return HttpResponse.seeOther(URI.create("/manage/network"));
    }
}
