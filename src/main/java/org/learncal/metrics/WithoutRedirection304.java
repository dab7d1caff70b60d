package org.learncal.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;

/** Drops Micronaut's {@code uri="REDIRECTION", status="304"} series: {@link NotModifiedByRoute} files 304s. */
@Factory
class WithoutRedirection304 {

    @Bean
    MeterFilter withoutMicronautsNotModified() {
        return MeterFilter.deny(id -> id.getName().equals(RouteTimers.REQUESTS)
                && "REDIRECTION".equals(id.getTag("uri")) && "304".equals(id.getTag("status")));
    }
}
