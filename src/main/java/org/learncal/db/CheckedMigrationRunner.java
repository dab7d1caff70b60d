package org.learncal.db;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.naming.NameResolver;
import io.micronaut.core.type.Argument;
import io.micronaut.flyway.DataSourceMigrationRunner;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs Flyway as Micronaut does ({@link DataSourceMigrationRunner}) unless the database already holds exactly
 * this build's migrations: Flyway's validation of an up-to-date database (loading Flyway, scanning the jar,
 * checksums) was about a seventh of the start. "Exactly" is one read of Flyway's history against the packaged
 * scripts ({@link MigrationHistory#matches}): every script applied once, successfully, in version order, with
 * the same checksum, and nothing else. Any other state (a pending migration, a checksum mismatch, a migration
 * left out, a failed one, a configuration this check does not know) goes to Flyway, which applies or refuses
 * it exactly as before.
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class)
class CheckedMigrationRunner implements BeanCreatedEventListener<DataSource> {
    private static final Logger LOG = LoggerFactory.getLogger(CheckedMigrationRunner.class);
    /** The Flyway settings this check understands; any other one set leaves the decision to Flyway. */
    private static final Set<String> UNDERSTOOD = Set.of("enabled", "locations");

    private final ApplicationContext context;
    private final DataSourceResolver resolver;
    private final DataSourceMigrationRunner flyway;

    CheckedMigrationRunner(ApplicationContext context, ApplicationEventPublisher<?> publisher,
                           @Nullable DataSourceResolver resolver) {
        this.context = context;
        this.resolver = resolver != null ? resolver : DataSourceResolver.DEFAULT;
        this.flyway = new DataSourceMigrationRunner(context, publisher, resolver);
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        Optional<String> name = event.getBeanDefinition() instanceof NameResolver named
                ? named.resolveName() : Optional.empty();
        if (name.isPresent() && upToDate(name.get(), resolver.resolve(dataSource))) {
            return dataSource;
        }
        return flyway.onCreated(event);
    }

    private boolean upToDate(String name, DataSource dataSource) {
        String prefix = "flyway.datasources." + name;
        Map<String, Object> settings = context.getProperties(prefix);
        if (!settings.keySet().stream().allMatch(key -> UNDERSTOOD.contains(key.replaceFirst("\\[\\d+]$", "")))
                || !context.getProperty(prefix + ".enabled", Boolean.class).orElse(false)) {
            return false;
        }
        List<String> locations = context.getProperty(prefix + ".locations", Argument.listOf(String.class))
                .orElse(List.of());
        Optional<List<PackagedMigrations.Migration>> packaged =
                PackagedMigrations.read(CheckedMigrationRunner.class.getClassLoader(), locations);
        if (packaged.isEmpty() || packaged.get().isEmpty() || !MigrationHistory.matches(dataSource, packaged.get())) {
            return false;
        }
        LOG.info("Database {} holds exactly the {} packaged migrations: Flyway not needed", name,
                packaged.get().size());
        return true;
    }
}
