package org.learncal.manage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;
import org.learncal.token.Caller;
import org.learncal.token.Scope;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Console sessions in the database, so that every instance accepts them. A session unused for the idle timeout
 * is gone; use moves its last-seen time (at most once a minute, to spare the database a write per page).
 */
@Singleton
public class SessionStore {
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Sql sql;
    private final Clock clock;
    private final Duration idleTimeout;

    SessionStore(Sql sql, Clock clock, ConsoleConfiguration configuration) {
        this.sql = sql;
        this.clock = clock;
        this.idleTimeout = configuration.idleTimeout();
    }

    /** A new session for {@code caller}; answers the session id, which only the cookie carries. */
    @Transactional
    public String create(Caller caller) {
        String id = RandomIds.next();
        Instant now = now();
        sql.update("INSERT INTO console_session (id_hash, csrf, scope, scope_slug, token_name, token_id, created_at, "
                + "last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(RandomIds.hash(id), RandomIds.next(),
                caller.scope().name(), caller.slug(), caller.name(), caller.tokenId(), now, now));
        return id;
    }

    /** The live session of this id, its use recorded; empty when unknown or idle too long (then removed). */
    @Transactional
    public Optional<ConsoleSession> find(String id) {
        String hash = RandomIds.hash(id);
        Optional<ConsoleSession> found = sql.query("SELECT * FROM console_session WHERE id_hash = ?", List.of(hash),
                SessionStore::read).stream().findFirst();
        Instant now = now();
        if (found.isEmpty() || !found.get().lastSeen().plus(idleTimeout).isAfter(now)) {
            sql.update("DELETE FROM console_session WHERE id_hash = ? OR last_seen_at < ?",
                    List.of(hash, now.minus(idleTimeout)));
            return Optional.empty();
        }
        if (found.get().lastSeen().plus(TOUCH_EVERY).isBefore(now)) {
            sql.update("UPDATE console_session SET last_seen_at = ? WHERE id_hash = ?", List.of(now, hash));
        }
        return found;
    }

    @Transactional
    public void delete(String id) {
        sql.update("DELETE FROM console_session WHERE id_hash = ?", List.of(RandomIds.hash(id)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ConsoleSession read(ResultSet row) throws SQLException {
        Caller caller = new Caller(Scope.valueOf(row.getString("scope")), row.getString("scope_slug"),
                row.getString("token_name"), row.getObject("token_id", UUID.class));
        return new ConsoleSession(row.getString("id_hash"), row.getString("csrf"), caller,
                Sql.instant(row, "last_seen_at"));
    }
}
