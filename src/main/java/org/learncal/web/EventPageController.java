package org.learncal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.learncal.embed.EmbedSnippets;
import org.learncal.event.Event;
import org.learncal.event.EventDetails;
import org.learncal.event.EventDetailsLoader;
import org.learncal.event.EventStore;
import org.learncal.event.LocalizedText;
import org.learncal.link.LinkFactory;
import org.learncal.link.Links;
import org.learncal.text.LanguageChoice;
import org.learncal.text.Languages;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The page of one event: everything about it, "Add to calendar" and its schema.org JSON-LD. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class EventPageController {
    private final EventStore store;
    private final EventDetailsLoader details;
    private final PageModel pages;
    private final Messages messages;
    private final LinkFactory links;
    private final EventJsonLd jsonLd;
    private final EmbedSnippets snippets;

    EventPageController(EventStore store, EventDetailsLoader details, PageModel pages, Messages messages,
                        LinkFactory links, EventJsonLd jsonLd, EmbedSnippets snippets) {
        this.snippets = snippets;
        this.store = store;
        this.details = details;
        this.pages = pages;
        this.messages = messages;
        this.links = links;
        this.jsonLd = jsonLd;
    }

    @Get(uri = "/events/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> show(HttpRequest<?> request, @PathVariable String id) {
        Language language = Language.of(request);
        Optional<Event> event = parse(id).flatMap(store::find);
        if (event.isEmpty()) {
            return pages.notFound(request, language);
        }
        EventDetails loaded = details.load(event.get());
        Links eventLinks = links.event(event.get().id());
        LocalizedText text = LocalizedText.of(event.get(), textChoice(request, language));
        EventSheet sheet = EventSheet.of(loaded, text, language, messages);
        Map<String, Object> model = pages.base(request, language, text.title(), null);
        model.put("event", sheet);
        model.put("add", CalendarLinks.addEvent(event.get(), text, eventLinks.ics(), eventLinks.html(), sheet.place()));
        model.put("jsonLd", jsonLd.script(loaded, text, eventLinks.html()));
        model.put("alternates", sheet.versions().others());
        model.put("oembed", snippets.oembedUrl(request.getPath()));
        return HttpResponse.ok(new ModelAndView<>("event", model));
    }

    /** {@code ?text=} when it names a language, else the interface language. */
    private static LanguageChoice textChoice(HttpRequest<?> request, Language language) {
        String asked = request.getParameters().get(TextVersions.PARAMETER);
        return asked != null && Languages.isKnown(asked) ? LanguageChoice.only(asked)
                : LanguageChoice.only(language.tag());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
