package org.learncal.token;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.reference.NetworkOrganizers;

import java.util.Collection;

/**
 * Who may act on events of which organizers. An organizer token acts for its organizer; a network token for
 * every organizer based in a member city of its network; the admin for everyone.
 */
@Singleton
public class Permissions {
    private final NetworkOrganizers networkOrganizers;

    public Permissions(NetworkOrganizers networkOrganizers) {
        this.networkOrganizers = networkOrganizers;
    }

    /** Whether the caller may write events of these organizers (any one of them being its own suffices). */
    @Transactional
    public boolean mayWrite(Caller caller, Collection<String> organizers) {
        return switch (caller.scope()) {
            case ADMIN -> true;
            case ORGANIZER -> organizers.contains(caller.slug());
            case NETWORK -> !networkOrganizers.among(caller.slug(), organizers).isEmpty();
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

    public static ProblemException forbidden(Caller caller, String what) {
        return new ProblemException(ProblemType.FORBIDDEN, "The token '" + caller.name() + "' ("
                + caller.scope().name().toLowerCase(java.util.Locale.ROOT)
                + (caller.slug() == null ? "" : " " + caller.slug()) + ") may not " + what);
    }
}
