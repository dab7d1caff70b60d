package org.learncal.token;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Who may act on events of which organizers. An organizer token acts for its organizer; a network token for
 * every organizer based in a member city of its network; the admin for everyone.
 */
@Singleton
public class Permissions {
    /** SQL true when event {@code e} has an organizer based in a member city of network {@code ?}. */
    public static final String EVENT_IN_NETWORK = "EXISTS (SELECT 1 FROM event_organizer eo "
            + "JOIN organizer o ON o.slug = eo.organizer_slug "
            + "JOIN city_membership m ON m.city_slug = o.city_slug "
            + "WHERE eo.event_id = e.id AND m.network_slug = ?)";

    private final Sql sql;

    public Permissions(Sql sql) {
        this.sql = sql;
    }

    /** Whether the caller may write events of these organizers (any one of them being its own suffices). */
    @Transactional
    public boolean mayWrite(Caller caller, Collection<String> organizers) {
        return switch (caller.scope()) {
            case ADMIN -> true;
            case ORGANIZER -> organizers.contains(caller.slug());
            case NETWORK -> !inNetwork(caller.slug(), organizers).isEmpty();
        };
    }

    /** Reviewing is for networks (and the admin), over the events they may write. */
    public boolean mayReview(Caller caller, Collection<String> organizers) {
        return caller.scope() != Scope.ORGANIZER && mayWrite(caller, organizers);
    }

    public void requireWrite(Caller caller, Collection<String> organizers) {
        if (!mayWrite(caller, organizers)) {
            throw forbidden(caller, "write events of organizers " + String.join(", ", organizers));
        }
    }

    public void requireReview(Caller caller, Collection<String> organizers) {
        if (!mayReview(caller, organizers)) {
            throw forbidden(caller, caller.scope() == Scope.ORGANIZER ? "review events (only networks do)"
                    : "review events of organizers " + String.join(", ", organizers));
        }
    }

    /** The organizers among these that are based in a member city of the network. */
    @Transactional
    public List<String> inNetwork(String network, Collection<String> organizers) {
        if (organizers.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(List.of(network));
        parameters.addAll(organizers);
        return sql.query("SELECT o.slug FROM organizer o JOIN city_membership m ON m.city_slug = o.city_slug "
                + "WHERE m.network_slug = ? AND o.slug IN ("
                + String.join(", ", Collections.nCopies(organizers.size(), "?")) + ")", parameters,
                row -> row.getString(1));
    }

    public static ProblemException forbidden(Caller caller, String what) {
        return new ProblemException(ProblemType.FORBIDDEN, "The token '" + caller.name() + "' ("
                + caller.scope().name().toLowerCase(java.util.Locale.ROOT)
                + (caller.slug() == null ? "" : " " + caller.slug()) + ") may not " + what);
    }
}
