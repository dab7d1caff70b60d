package org.learncal.db;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure to reach the database (down, restarting, refusing connections, pool timed out) from a
 * failure of the statement itself: the first deserves a 503 and a retry, the second is a bug or a conflict.
 */
public final class Unavailable {
    /** PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now; H2's "connection broken". */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "90067");

    private Unavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || isConnectionSetUp(cause)) {
                return true;
            }
        }
        // SQLSTATE class 08: connection exception, on H2 and PostgreSQL alike
        return SqlStates.anyIn(failure, state -> state.startsWith("08") || STATES.contains(state));
    }

    /**
     * Micronaut could not prepare (or close) a pooled connection for a request, before any statement ran. When the
     * database goes down, the pool can hand out a connection it closes a moment later, whose failure ("Connection is
     * closed") carries no SQLSTATE. Not the {@link NoConnectionException} of code that asked outside a connection:
     * that is a bug.
     */
    private static boolean isConnectionSetUp(Throwable cause) {
        return cause instanceof ConnectionException && !(cause instanceof NoConnectionException);
    }

    /** Since when the database was known down, when the failure is a refusal that did not wait for the pool. */
    public static Optional<Instant> knownDownSince(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof KnownDown refusal) {
                return Optional.of(refusal.since);
            }
        }
        return Optional.empty();
    }

    /** The refusal of a connection while the database is known down (see FailFastDataSource). */
    static final class KnownDown extends SQLTransientConnectionException {
        private final transient Instant since;

        KnownDown(Instant since) {
            super("The database has been unreachable since " + since
                    + "; not waiting for the pool until a probe reaches it again", "08001");
            this.since = since;
        }
    }
}
