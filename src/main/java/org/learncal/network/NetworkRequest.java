package org.learncal.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.problem.InputErrors;
import org.learncal.reference.Network;
import org.learncal.text.Checks;

/** A new network as the admin posts it; {@code coordinator} is an organizer slug. */
@Serdeable
public record NetworkRequest(@Nullable String slug, @Nullable String name, @Nullable String description,
                             @Nullable String website, @Nullable String coordinator) {

    /** The request for the network {@code path}: a slug in the body must be that one, as a slug cannot change. */
    NetworkRequest withSlug(String path) {
        return new NetworkRequest(Checks.sameSlug(path, slug), name, description, website, coordinator);
    }

    Network toNetwork(boolean coordinatorKnown) {
        InputErrors errors = new InputErrors();
        Checks.slug(errors, "slug", slug);
        Checks.text(errors, "name", name, 200, true);
        Checks.text(errors, "description", description, 4000, false);
        Checks.url(errors, "website", website);
        if (coordinator != null && !coordinatorKnown) {
            errors.add("coordinator", "'" + coordinator + "' is not a known organizer (see /api/organizers)");
        }
        errors.throwIfAny();
        return new Network(slug, name.strip(), description == null ? "" : description, website, coordinator);
    }
}
