package org.learncal.manage;

import jakarta.inject.Singleton;
import org.learncal.network.NetworkRequest;
import org.learncal.network.NetworkWrites;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.OrganizerStore;
import org.learncal.web.Language;
import org.learncal.web.SearchOptions.Option;

import java.util.List;
import java.util.Optional;

/** The network form: name, description, website and the coordinating organizer. */
@Singleton
class NetworkForm implements ReferenceForm {
    private final NetworkStore networks;
    private final OrganizerStore organizers;
    private final NetworkWrites writes;

    NetworkForm(NetworkStore networks, OrganizerStore organizers, NetworkWrites writes) {
        this.networks = networks;
        this.organizers = organizers;
        this.writes = writes;
    }

    @Override
    public String kind() {
        return "networks";
    }

    @Override
    public List<Field> fields(Language language) {
        return List.of(Field.of("name", "text"), Field.of("description", "textarea"), Field.of("website", "url"),
                new Field("coordinator", "select", organizers.findAllOrderByName().stream()
                        .map(o -> new Option(o.slug(), o.name())).toList()));
    }

    @Override
    public Optional<FormData> stored(String slug) {
        return networks.findById(slug).map(n -> new Values().put("slug", n.slug()).put("name", n.name())
                .put("description", n.description()).put("website", n.website())
                .put("coordinator", n.coordinatorSlug()).form());
    }

    @Override
    public String create(FormData form) {
        return writes.create(request(form.get("slug"), form)).slug();
    }

    @Override
    public void replace(String slug, FormData form) {
        writes.replace(slug, request(slug, form));
    }

    private static NetworkRequest request(String slug, FormData form) {
        return new NetworkRequest(slug, form.get("name"), form.get("description"), form.get("website"),
                form.get("coordinator"));
    }
}
