package org.learncal.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Records a request in {@code http.server.requests} with Micronaut's own tags, under the route template that
 * answered it, for answers that Micronaut's own filter files elsewhere (304s).
 * Without a registry (metrics off) it records nothing.
 */
@Singleton
public class RouteTimers {
    public static final String REQUESTS = "http.server.requests";

    private final @Nullable MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public RouteTimers(@Nullable MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String method, int status, String route, long startedNanos) {
        if (registry == null) {
            return;
        }
        String code = Integer.toString(status);
        timers.computeIfAbsent(method + ' ' + code + ' ' + route, name -> Timer.builder(REQUESTS)
                        .tags("exception", "none", "method", method, "status", code, "uri", route).register(registry))
                .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
}
