package org.learncal.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.db.Sql;
import org.learncal.text.Wire;
import org.learncal.token.Caller;
import org.learncal.token.Permissions;
import org.learncal.token.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Review states of events and the organizers each network trusts. */
@Singleton
public class ReviewStore {
    private final Sql sql;
    private final CatalogVersion version;

    public ReviewStore(Sql sql, CatalogVersion version) {
        this.sql = sql;
        this.version = version;
    }

    @Transactional
    public Review of(UUID eventId) {
        return sql.query("SELECT review, review_reason FROM event WHERE id = ?", List.of(eventId),
                row -> new Review(Wire.parse(ReviewState.class, row.getString(1)).orElseThrow(),
                        row.getString(2))).stream().findFirst().orElse(Review.APPROVED);
    }

    /** Sets the review state; what the public sees changes, so the catalogue version moves. */
    @Transactional
    public void set(UUID eventId, Review review) {
        sql.update("UPDATE event SET review = ?, review_reason = ? WHERE id = ?",
                java.util.Arrays.asList(review.wire(), review.reason(), eventId));
        version.bump(List.of(eventId));
    }

    /** How a new event from this caller starts: networks, the admin and trusted organizers publish directly. */
    @Transactional
    public Review initial(Caller caller) {
        return caller.scope() != Scope.ORGANIZER || isTrusted(caller.slug()) ? Review.APPROVED : Review.PENDING;
    }

    @Transactional
    public boolean isTrusted(String organizer) {
        return !sql.query("SELECT 1 FROM trusted_organizer WHERE organizer_slug = ?", List.of(organizer),
                row -> true).isEmpty();
    }

    @Transactional
    public boolean trust(String network, String organizer) {
        if (!sql.query("SELECT 1 FROM trusted_organizer WHERE network_slug = ? AND organizer_slug = ?",
                List.of(network, organizer), row -> true).isEmpty()) {
            return false;
        }
        sql.update("INSERT INTO trusted_organizer (network_slug, organizer_slug) VALUES (?, ?)",
                List.of(network, organizer));
        return true;
    }

    @Transactional
    public boolean distrust(String network, String organizer) {
        return sql.update("DELETE FROM trusted_organizer WHERE network_slug = ? AND organizer_slug = ?",
                List.of(network, organizer)) == 1;
    }

    @Transactional
    public List<String> trusted(String network) {
        return sql.query("SELECT organizer_slug FROM trusted_organizer WHERE network_slug = ? "
                + "ORDER BY organizer_slug", List.of(network), row -> row.getString(1));
    }

    /**
     * What awaits the caller, soonest first: for a network (every network, for the admin) the pending events it
     * reviews; for an organizer its own events that are pending or were rejected.
     */
    @Transactional
    public List<UUID> awaiting(Caller caller, @Nullable String network) {
        List<Object> parameters = new ArrayList<>();
        String where = "e.review = 'pending'";
        String scope = caller.isAdmin() ? network : caller.slug();
        if (caller.scope() == Scope.ORGANIZER) {
            where = "e.review <> 'approved' AND EXISTS (SELECT 1 FROM event_organizer eo WHERE eo.event_id = e.id "
                    + "AND eo.organizer_slug = ?)";
            parameters.add(scope);
        } else if (scope != null) {
            where += " AND " + Permissions.EVENT_IN_NETWORK;
            parameters.add(scope);
        }
        return sql.query("SELECT e.id FROM event e WHERE " + where + " ORDER BY e.start_at, e.id LIMIT 500",
                parameters, row -> row.getObject(1, UUID.class));
    }
}
