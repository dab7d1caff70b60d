package org.learncal.db;

import java.sql.SQLException;
import java.util.function.Predicate;

/** The SQLSTATEs a failure carries, through its chain of causes (drivers and Micronaut Data wrap them). */
public final class SqlStates {
    private SqlStates() {
    }

    /** Whether any {@link SQLException} in the chain of {@code failure} has a SQLSTATE that {@code state} accepts. */
    public static boolean anyIn(Throwable failure, Predicate<String> state) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && state.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
