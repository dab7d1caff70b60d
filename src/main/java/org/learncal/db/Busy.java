package org.learncal.db;

import java.util.Set;

/**
 * Tells a statement that gave up waiting for another transaction's lock, or that the database rolled back to end
 * a deadlock, from other failures. One write changes the catalogue at a time (they queue on the catalogue
 * version's row, see CatalogVersion), and an import of thousands of events holds it for seconds; a write that
 * waits longer than the lock timeout (connection-init-sql in application.yml) ends here. Its transaction rolled
 * back, so nothing was written and the same request can succeed when tried again.
 */
public final class Busy {
    /** H2's lock timeout and PostgreSQL's lock_not_available. */
    private static final Set<String> LOCK_TIMEOUTS = Set.of("HYT00", "55P03");
    /** SQLSTATE class 40, transaction rollback: a serialization failure or a deadlock, on H2 and PostgreSQL alike. */
    private static final String ROLLBACK_CLASS = "40";

    private Busy() {
    }

    public static boolean causedBy(Throwable failure) {
        return SqlStates.anyIn(failure, state -> LOCK_TIMEOUTS.contains(state) || state.startsWith(ROLLBACK_CLASS));
    }
}
