package org.learncal.manage;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.reference.NetworkOrganizers;
import org.learncal.reference.OrganizerStore;
import org.learncal.token.Caller;
import org.learncal.token.Scope;
import org.learncal.web.SearchOptions.Option;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The organizers a network or the admin may write events for, as the API's Permissions see it (a network: those
 * based in its member cities; the admin: all), for the console's choices. An organizer acts for itself only.
 */
@Singleton
class ActingFor {
    private final OrganizerStore organizers;
    private final NetworkOrganizers networkOrganizers;

    ActingFor(OrganizerStore organizers, NetworkOrganizers networkOrganizers) {
        this.organizers = organizers;
        this.networkOrganizers = networkOrganizers;
    }

    /** The choices, by name; null for an organizer, who has none to make. */
    @Nullable List<Option> choices(Caller caller) {
        if (caller.scope() == Scope.ORGANIZER) {
            return null;
        }
        Set<String> allowed = caller.isAdmin() ? null : new HashSet<>(networkOrganizers.of(caller.slug()));
        return organizers.findAllOrderByName().stream().filter(o -> allowed == null || allowed.contains(o.slug()))
                .map(o -> new Option(o.slug(), o.name())).toList();
    }

    /** The organizer whose events are shown: the caller's own, or the one chosen when it is among the choices. */
    @Nullable String chosen(Caller caller, @Nullable String wanted) {
        if (caller.scope() == Scope.ORGANIZER) {
            return caller.slug();
        }
        List<Option> choices = choices(caller);
        return choices.stream().map(Option::value).filter(slug -> slug.equals(wanted)).findFirst().orElse(null);
    }
}
