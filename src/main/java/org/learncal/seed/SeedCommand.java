package org.learncal.seed;

import io.micronaut.context.ApplicationContext;

import java.util.Map;

/**
 * {@code java -jar learncal.jar seed [folder]}: loads seed data into the configured database (H2 or, with
 * DATASOURCES_DEFAULT_* set, PostgreSQL) without starting the HTTP server, then exits.
 */
public final class SeedCommand {
    private SeedCommand() {
    }

    public static void run(String[] args) {
        String location = args.length > 1 ? args[1] : "classpath:seed-data";
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("learncal.seed.enabled", "false"))
                .start()) {
            SeedLoader.Report report = context.getBean(SeedLoader.class).load(location);
            System.out.println("Loaded seed data from " + location + ": " + report);
        }
    }
}
