package org.learncal.manage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Failed sign-ins per client address, in the database so that every instance counts them together: after
 * too many within the window the address must wait until the oldest of them leaves the window.
 */
@Singleton
public class SignInLimit {
    private final Sql sql;
    private final Clock clock;
    private final ConsoleConfiguration configuration;

    SignInLimit(Sql sql, Clock clock, ConsoleConfiguration configuration) {
        this.sql = sql;
        this.clock = clock;
        this.configuration = configuration;
    }

    /** Seconds this address must wait before trying again; 0 when it may try now. */
    @Transactional
    public long waitSeconds(String address) {
        Instant since = clock.instant().minus(configuration.signInWindow());
        List<Instant> failures = sql.query("SELECT failed_at FROM sign_in_failure WHERE address = ? AND failed_at > ? "
                + "ORDER BY failed_at DESC", List.of(address, since), row -> Sql.instant(row, "failed_at"));
        if (failures.size() < configuration.signInFailures()) {
            return 0;
        }
        Instant oldestCounted = failures.get(configuration.signInFailures() - 1);
        return Math.max(1, oldestCounted.getEpochSecond() - since.getEpochSecond());
    }

    /** Counts one failure, and forgets this address's failures that fell out of the window. */
    @Transactional
    public void fail(String address) {
        Instant now = clock.instant();
        sql.update("DELETE FROM sign_in_failure WHERE address = ? AND failed_at <= ?",
                List.of(address, now.minus(configuration.signInWindow())));
        sql.update("INSERT INTO sign_in_failure (address, failed_at) VALUES (?, ?)", List.of(address, now));
    }
}
