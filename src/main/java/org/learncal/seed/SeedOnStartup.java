package org.learncal.seed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds the seed catalogue at startup, so a fresh database serves something useful at once. */
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
        SeedLoader.Report report = loader.load(configuration.location());
        LOG.info("Seed data from {}: {} rows added ({})", configuration.location(), report.total(), report);
    }
}
