package org.learncal.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;
import org.learncal.token.Caller;
import org.learncal.token.Scope;

import java.util.List;

/** The organizers each network trusts to publish without review, and so how a new event starts. */
@Singleton
public class TrustStore {
    private final Sql sql;

    public TrustStore(Sql sql) {
        this.sql = sql;
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
}
