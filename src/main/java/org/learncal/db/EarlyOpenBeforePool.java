package org.learncal.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Lets the pool be made only once {@link EarlyOpen} has tried the file. Otherwise, on a busy machine, its thread
 * could come after the pool had made a new database and open that one too. The wait costs nothing: the pool's
 * first connection would wait for the same opening inside H2.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:file:.*")
final class EarlyOpenBeforePool implements BeanCreatedEventListener<DatasourceConfiguration> {
    private final EarlyOpen early;

    EarlyOpenBeforePool(EarlyOpen early) {
        this.early = early;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        early.connection();
        return event.getBean();
    }
}
