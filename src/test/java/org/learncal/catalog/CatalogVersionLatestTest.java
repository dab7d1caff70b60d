package org.learncal.catalog;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed catalogue version for caches ({@link CatalogVersion#latest}) is never behind a write that
 * committed, whoever made it, and is known without a read only on an embedded H2 database.
 */
@MicronautTest(transactional = false)
class CatalogVersionLatestTest {
    @Inject
    CatalogVersion version;
    @Inject
    DataSource dataSource;
    @Value("${datasources.default.url}")
    String url;

    @Test
    void onEmbeddedH2AVersionReadIsThenKnownWithoutTheDatabase() {
        assumeTrue(url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:file:"), "embedded H2 only");
        long read = version.latest();
        assertEquals(OptionalLong.of(read), version.known());
        assertEquals(version.current(), read);
    }

    @Test
    void onPostgreSqlEveryCallReadsTheDatabase() {
        assumeTrue(url.startsWith("jdbc:postgresql:"), "PostgreSQL only");
        version.latest();
        assertEquals(OptionalLong.empty(), version.known());
    }

    @Test
    void aBumpByRawSqlOnAnotherConnectionIsSeenByTheNextCall() throws SQLException {
        long before = version.latest();
        try (Connection other = rawConnection(); Statement statement = other.createStatement()) {
            statement.executeUpdate("UPDATE catalog_version SET version = version + 1 WHERE id = 1");
        }
        assertEquals(OptionalLong.empty(), version.known());
        assertEquals(before + 1, version.latest());
    }

    @Test
    void anUncommittedBumpIsNotTakenForTheVersionUntilItCommits() throws SQLException {
        long before = version.latest();
        try (Connection writer = rawConnection(); Statement statement = writer.createStatement()) {
            writer.setAutoCommit(false);
            statement.executeUpdate("UPDATE catalog_version SET version = version + 1 WHERE id = 1");
            assertEquals(before, version.latest());
            assertEquals(OptionalLong.empty(), version.known(), "a write in flight: only the database can tell");
            writer.commit();
        }
        assertEquals(before + 1, version.latest());
    }

    @Test
    void aRolledBackBumpLeavesTheVersionAndTheNextCommittedOneIsSeen() throws SQLException {
        long before = version.latest();
        try (Connection writer = rawConnection(); Statement statement = writer.createStatement()) {
            writer.setAutoCommit(false);
            statement.executeUpdate("UPDATE catalog_version SET version = version + 1 WHERE id = 1");
            writer.rollback();
        }
        assertEquals(before, version.latest());
        version.bump();
        assertEquals(before + 1, version.latest());
    }

    @Test
    void aBumpThroughAnotherInstanceOnTheSameDatabaseIsSeenByTheNextCall() {
        long before = version.latest();
        try (ApplicationContext other = ApplicationContext.run("test")) {
            other.getBean(CatalogVersion.class).bump();
        }
        assertEquals(before + 1, version.latest());
    }

    private Connection rawConnection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }
}
