package org.learncal.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** Registers H2's {@code fsync:} files once a datasource is configured, before its pool opens a connection. */
@Singleton
class FsyncRegistration implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        FsyncFilePath.register();
        return event.getBean();
    }
}
