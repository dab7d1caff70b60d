package org.learncal.event;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.util.List;

/**
 * PostgreSQL plans a prepared statement for its values five times, then may keep a generic plan made without
 * them. For searches that plan is far worse: a title match read every match of the word through the GIN index
 * and sorted them (724 ms against 3.6 ms for the plan made for the values), and the facet totals' correction
 * read every event instead of the few that just ended (docs/benchmarks.md). Planning costs well under a
 * millisecond, so searches ask for a plan made for their values each time. H2 has no generic plans.
 */
@Singleton
class CustomPlans {
    private final Sql sql;
    private final boolean postgres;

    CustomPlans(Sql sql, @Property(name = "datasources.default.dialect") String dialect) {
        this.sql = sql;
        this.postgres = dialect.equalsIgnoreCase("POSTGRES");
    }

    /** Call inside the reading transaction, before its statements. */
    void forThisTransaction() {
        if (postgres) {
            sql.update("SET LOCAL plan_cache_mode = force_custom_plan", List.of());
        }
    }
}
