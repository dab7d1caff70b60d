package org.learncal.db;

import io.micronaut.context.ApplicationContext;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start leaves Flyway out only when the database holds exactly the packaged migrations; any other state goes
 * to Flyway, which applies what is pending and refuses what it refused before.
 */
class CheckedMigrationRunnerTest {

    /** A fresh in-memory H2 database of its own, migrated by Flyway up to {@code target} ("latest": all). */
    private static String database(String name, String target) {
        String url = "jdbc:h2:mem:checked-migrations-" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").target(target)
                .locations("classpath:db/migration", "classpath:db/dialect/H2").load().migrate();
        return url;
    }

    private static ApplicationContext start(String url) {
        return ApplicationContext.run(Map.of("datasources.default.url", url, "datasources.default.dialect", "H2",
                "datasources.default.username", "sa", "datasources.default.password", ""), "test");
    }

    private static List<String> history(String url) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT \"version\", \"success\" FROM"
                     + " \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            while (result.next()) {
                rows.add(result.getString(1) + (result.getBoolean(2) ? "" : " failed"));
            }
        }
        return rows;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The version of the newest packaged migration. */
    private static String newestVersion() {
        List<PackagedMigrations.Migration> packaged = PackagedMigrations.read(
                CheckedMigrationRunnerTest.class.getClassLoader(),
                List.of("classpath:db/migration", "classpath:db/dialect/H2")).orElseThrow();
        return Long.toString(packaged.get(packaged.size() - 1).version());
    }

    @Test
    void aDatabaseHoldingExactlyThePackagedMigrationsStartsWithoutFlyway() throws SQLException {
        String url = database("up-to-date", "latest");
        List<String> before = history(url);
        try (ApplicationContext context = start(url)) {
            assertTrue(context.findBean(Flyway.class).isEmpty(), "Flyway was run");
        }
        assertEquals(before, history(url));
    }

    @Test
    void aPendingMigrationIsApplied() throws SQLException {
        String url = database("pending", "180");
        assertEquals("180", history(url).get(history(url).size() - 1));
        try (ApplicationContext context = start(url)) {
            assertTrue(context.findBean(Flyway.class).isPresent(), "Flyway was not run");
        }
        List<String> after = history(url);
        assertEquals(newestVersion(), after.get(after.size() - 1));
    }

    @Test
    void aChecksumMismatchStillStopsTheStart() throws SQLException {
        String url = database("checksum", "latest");
        execute(url, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '9'");
        assertRefused(url, "Migration checksum mismatch for migration version 9");
    }

    @Test
    void aMigrationLeftOutBelowTheAppliedOnesStillStopsTheStart() throws SQLException {
        String url = database("left-out", "latest");
        execute(url, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '150'");
        assertRefused(url, "Detected resolved migration not applied to database: 150");
    }

    @Test
    void aFailedMigrationStillStopsTheStart() throws SQLException {
        String url = database("failed", "latest");
        execute(url, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '181'");
        assertRefused(url, "failed migration to version 181");
    }

    /** A start on {@code url} fails, and one of the failure's messages says {@code why}. */
    private static void assertRefused(String url, String why) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> start(url).close());
        assertTrue(causes(refused).contains(why), causes(refused));
    }

    /** The messages of {@code failure} and of its causes, one per line. */
    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
