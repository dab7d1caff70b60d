package org.learncal.seed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.learncal.reference.TopicStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/**
 * Adds the seed catalogue at startup, so a fresh database serves something useful at once. A database that
 * already holds a catalogue answers without it: the check for missing seed rows then runs in the background,
 * off the start path.
 */
@Singleton
@Requires(property = "learncal.seed.enabled", value = "true", defaultValue = "true")
public class SeedOnStartup {
    private static final Logger LOG = LoggerFactory.getLogger(SeedOnStartup.class);

    private final SeedLoader loader;
    private final SeedConfiguration configuration;
    private final TopicStore topics;
    private final ExecutorService background;

    SeedOnStartup(SeedLoader loader, SeedConfiguration configuration, TopicStore topics,
                  @Named(TaskExecutors.IO) ExecutorService background) {
        this.loader = loader;
        this.configuration = configuration;
        this.topics = topics;
        this.background = background;
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        if (topics.count() == 0) {
            load();
        } else {
            background.execute(this::load);
        }
    }

    private void load() {
        try {
            SeedLoader.Report report = loader.load(configuration.location());
            LOG.info("Seed data from {}: {} rows added ({})", configuration.location(), report.total(), report);
        } catch (RuntimeException e) {
            LOG.warn("Seed data from {} not checked: {}", configuration.location(), e.toString());
        }
    }
}
