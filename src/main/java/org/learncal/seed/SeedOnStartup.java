package org.learncal.seed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the seed catalogue at startup, so a fresh database serves something useful at once. It runs before the
 * first answer, so that no feed is served without seed rows and then changes under its readers: a database that
 * already holds this very seed data answers one query ({@link SeedLoader#loadIfChanged}), and only a database
 * new to it (empty, or older seed data) reads the seed files and adds what is missing.
 */
@Singleton
@Requires(property = "learncal.seed.enabled", value = "true", defaultValue = "true")
public class SeedOnStartup {
    private static final Logger LOG = LoggerFactory.getLogger(SeedOnStartup.class);

    private final SeedLoader loader;
    private final SeedConfiguration configuration;

    SeedOnStartup(SeedLoader loader, SeedConfiguration configuration) {
        this.loader = loader;
        this.configuration = configuration;
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        try {
            loader.loadIfChanged(configuration.location()).ifPresent(report -> LOG.info(
                    "Seed data from {}: {} rows added ({})", configuration.location(), report.total(), report));
        } catch (RuntimeException e) {
            LOG.warn("Seed data from {} not checked: {}", configuration.location(), e.toString());
        }
    }
}
