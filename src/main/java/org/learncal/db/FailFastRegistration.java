package org.learncal.db;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/**
 * Puts {@link FailFastDataSource} right around each pool, before Micronaut Data wraps the result in its
 * transaction-aware proxy (which unwraps down to this one to open connections).
 */
@Singleton
class FailFastRegistration implements BeanCreatedEventListener<DataSource>, Ordered {

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return new FailFastDataSource(event.getBean());
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
