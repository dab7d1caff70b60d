package org.learncal.reference;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** The organizers a network speaks for: those based in one of its member cities. */
@Singleton
public class NetworkOrganizers {
    private static final String BASED_IN_NETWORK = "SELECT o.slug FROM organizer o "
            + "JOIN city_membership m ON m.city_slug = o.city_slug WHERE m.network_slug = ?";

    private final Sql sql;

    public NetworkOrganizers(Sql sql) {
        this.sql = sql;
    }

    /** Every organizer based in a member city of the network. */
    @Transactional
    public List<String> of(String network) {
        return sql.query(BASED_IN_NETWORK + " ORDER BY o.slug", List.of(network), row -> row.getString(1));
    }

    /** The organizers among these that are based in a member city of the network. */
    @Transactional
    public List<String> among(String network, Collection<String> organizers) {
        if (organizers.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(List.of(network));
        parameters.addAll(organizers);
        return sql.query(BASED_IN_NETWORK + " AND o.slug IN ("
                + String.join(", ", Collections.nCopies(organizers.size(), "?")) + ")", parameters,
                row -> row.getString(1));
    }
}
