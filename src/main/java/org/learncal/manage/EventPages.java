package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.learncal.event.Audience;
import org.learncal.event.EventLedger;
import org.learncal.text.Wire;
import org.learncal.web.Language;
import org.learncal.web.SearchOptions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The organizer's event form and event page: the form's lists, what was typed, what was wrong, the history. */
@Singleton
public class EventPages {
    private static final List<String> SAVED = List.of("created", "updated", "cancelled", "postponed");

    private final ConsolePages pages;
    private final SearchOptions options;
    private final EventLedger ledger;
    private final ActingFor actingFor;
    private final java.time.Clock clock;

    EventPages(ConsolePages pages, SearchOptions options, EventLedger ledger, ActingFor actingFor,
               java.time.Clock clock) {
        this.actingFor = actingFor;
        this.clock = clock;
        this.pages = pages;
        this.options = options;
        this.ledger = ledger;
    }

    /** The form for a new event. */
    public HttpResponse<?> create(HttpRequest<?> request, HttpStatus status, EventForm form, FieldErrors errors) {
        Map<String, Object> model = formModel(request, "manage.event.new", form, errors);
        model.put("action", "/manage/events");
        return ConsolePages.page(status, "manage/event-form", model);
    }

    /**
     * The page of a stored event: its state, the form to edit it (with the person's own values after an error),
     * postpone and cancel, and its history. {@code etag} is the version the form stands for.
     */
    public HttpResponse<?> edit(HttpRequest<?> request, HttpStatus status, EventLedger.Entry entry, EventForm form,
                                FieldErrors errors, @Nullable Map<String, String> staleCurrent, String etag) {
        Map<String, Object> model = formModel(request, "manage.event.edit", form, errors);
        model.put("entry", entry);
        model.put("state", EventRow.of(entry, clock.instant(), pages, request));
        model.put("etag", etag);
        String saved = request.getParameters().get("saved");
        model.put("saved", saved != null && SAVED.contains(saved) ? saved : null);
        model.put("action", "/manage/events/" + entry.event().id());
        model.put("stale", staleCurrent);
        model.put("history", ledger.history(ConsolePages.session(request).caller(), entry.event().id().toString()));
        return ConsolePages.page(status, "manage/event-form", model);
    }

    private Map<String, Object> formModel(HttpRequest<?> request, String titleKey, EventForm form,
                                          FieldErrors errors) {
        Language language = Language.of(request);
        Map<String, Object> model = pages.model(request, titleKey);
        model.put("form", form);
        model.put("errors", errors);
        model.put("lists", options.lists(language));
        model.put("audiences", Arrays.stream(Audience.values()).map(Wire::of).toList());
        model.put("zones", ZoneChoices.ALL);
        model.put("actFor", choices(request, form));
        return model;
    }

    /** A network's or the admin's organizers to choose from, with the event's own when not among them. */
    private @Nullable List<SearchOptions.Option> choices(HttpRequest<?> request, EventForm form) {
        List<SearchOptions.Option> choices = actingFor.choices(ConsolePages.session(request).caller());
        String current = form.value("organizers");
        if (choices == null || current.isEmpty() || choices.stream().anyMatch(o -> o.value().equals(current))) {
            return choices;
        }
        List<SearchOptions.Option> withCurrent = new java.util.ArrayList<>(choices);
        withCurrent.add(0, new SearchOptions.Option(current, current));
        return withCurrent;
    }

    /** The fields whose current stored value differs from what the person sent, with the stored value. */
    public static Map<String, String> differences(EventForm mine, EventForm current) {
        Map<String, String> differing = new java.util.LinkedHashMap<>();
        for (String field : List.of("title", "description", "language", "timeZone", "start", "end", "startDate",
                "endDate", "format", "venue.name", "venue.address", "city", "joinUrl", "registrationUrl",
                "organizers", "network", "cost", "accessibility")) {
            if (!mine.value(field).equals(current.value(field))) {
                differing.put(field, current.value(field));
            }
        }
        return differing;
    }
}
