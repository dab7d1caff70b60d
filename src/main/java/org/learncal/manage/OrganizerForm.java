package org.learncal.manage;

import jakarta.inject.Singleton;
import org.learncal.organizer.OrganizerRequest;
import org.learncal.organizer.OrganizerWrites;
import org.learncal.reference.CityStore;
import org.learncal.reference.OrganizerKind;
import org.learncal.reference.OrganizerStore;
import org.learncal.text.Wire;
import org.learncal.web.Language;
import org.learncal.web.Messages;
import org.learncal.web.SearchOptions.Option;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The organizer form: name, kind, website, e-mail and the city it is based in. */
@Singleton
class OrganizerForm implements ReferenceForm {
    private final OrganizerStore organizers;
    private final CityStore cities;
    private final OrganizerWrites writes;
    private final Messages messages;

    OrganizerForm(OrganizerStore organizers, CityStore cities, OrganizerWrites writes, Messages messages) {
        this.organizers = organizers;
        this.cities = cities;
        this.writes = writes;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "organizers";
    }

    @Override
    public List<Field> fields(Language language) {
        return List.of(Field.of("name", "text"),
                new Field("kind", "select", Arrays.stream(OrganizerKind.values()).map(Wire::of)
                        .map(kind -> new Option(kind, messages.get(language, "organizerKind." + kind))).toList()),
                Field.of("website", "url"), Field.of("email", "email"),
                new Field("city", "select", cities.findAllOrderByName().stream()
                        .map(c -> new Option(c.slug(), c.name() + " (" + c.country() + ")")).toList()));
    }

    @Override
    public Optional<FormData> stored(String slug) {
        return organizers.findById(slug).map(o -> new Values().put("slug", o.slug()).put("name", o.name())
                .put("kind", Wire.of(o.kind())).put("website", o.website()).put("email", o.email())
                .put("city", o.citySlug()).form());
    }

    @Override
    public String create(FormData form) {
        return writes.create(request(form.get("slug"), form)).slug();
    }

    @Override
    public void replace(String slug, FormData form) {
        writes.replace(slug, request(slug, form));
    }

    private static OrganizerRequest request(String slug, FormData form) {
        return new OrganizerRequest(slug, form.get("name"), form.get("kind"), form.get("website"), form.get("email"),
                form.get("city"));
    }
}
