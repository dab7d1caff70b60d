package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.db.Sql;
import org.learncal.reference.NetworkOrganizers;
import org.learncal.review.Review;
import org.learncal.review.ReviewState;
import org.learncal.text.Wire;
import org.learncal.token.Caller;
import org.learncal.token.Scope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The review state kept with each event (columns of the event table), and what awaits review. */
@Singleton
class ReviewStore {
    private final Sql sql;
    private final CatalogVersion version;
    private final NetworkOrganizers networkOrganizers;
    private final FacetTotals facetTotals;

    ReviewStore(Sql sql, CatalogVersion version, NetworkOrganizers networkOrganizers, FacetTotals facetTotals) {
        this.facetTotals = facetTotals;
        this.sql = sql;
        this.version = version;
        this.networkOrganizers = networkOrganizers;
    }

    @Transactional
    Review of(UUID eventId) {
        return sql.query("SELECT review, review_reason FROM event WHERE id = ?", List.of(eventId),
                row -> new Review(Wire.parse(ReviewState.class, row.getString(1)).orElseThrow(),
                        row.getString(2))).stream().findFirst().orElse(Review.APPROVED);
    }

    /** Sets the review state; what the public sees changes, so the catalogue version moves. */
    @Transactional
    void set(UUID eventId, Review review) {
        Map<List<String>, Long> counted = facetTotals.before(eventId);
        sql.update("UPDATE event SET review = ?, review_reason = ? WHERE id = ?",
                Arrays.asList(review.wire(), review.reason(), eventId));
        version.bump(List.of(eventId));
        facetTotals.after(eventId, counted);
    }

    /**
     * What awaits the caller, soonest first: for a network (every network, for the admin) the pending events it
     * reviews; for an organizer its own events that are pending or were rejected.
     */
    @Transactional
    List<UUID> awaiting(Caller caller, @Nullable String network) {
        String scope = caller.isAdmin() ? network : caller.slug();
        if (caller.scope() == Scope.ORGANIZER) {
            return ids("e.review <> 'approved'", List.of(scope));
        }
        if (scope == null) {
            return ids("e.review = 'pending'", List.of());
        }
        List<String> organizers = networkOrganizers.of(scope);
        return organizers.isEmpty() ? List.of() : ids("e.review = 'pending'", organizers);
    }

    /** Every event having one of these organizers, whatever its review state. */
    @Transactional
    List<UUID> ofOrganizers(List<String> organizers) {
        return ids("1 = 1", organizers);
    }

    /** Events in this review condition having one of these organizers (any, when none are given). */
    private List<UUID> ids(String review, List<String> organizers) {
        String where = organizers.isEmpty() ? review : review + " AND EXISTS (SELECT 1 FROM event_organizer eo "
                + "WHERE eo.event_id = e.id AND eo.organizer_slug IN ("
                + String.join(", ", Collections.nCopies(organizers.size(), "?")) + "))";
        return sql.query("SELECT e.id FROM event e WHERE " + where + " ORDER BY e.start_at, e.id LIMIT 500",
                new ArrayList<>(organizers), row -> row.getObject(1, UUID.class));
    }
}
