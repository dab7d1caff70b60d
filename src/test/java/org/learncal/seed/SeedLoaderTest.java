package org.learncal.seed;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.catalog.CatalogVersion;
import org.learncal.db.Sql;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loading seed data again, from the jar or from the folder, adds nothing and changes nothing. */
@MicronautTest(transactional = false)
class SeedLoaderTest {
    @Inject
    SeedLoader loader;
    @Inject
    Sql sql;
    @Inject
    CatalogVersion version;

    @Test
    void secondLoadChangesNothing() {
        String before = snapshot();
        long versionBefore = version.current();
        assertEquals(new SeedLoader.Report(0, 0, 0, 0, 0, 0), loader.load("classpath:seed-data"));
        assertEquals(new SeedLoader.Report(0, 0, 0, 0, 0, 0), loader.load(Path.of("seed-data").toString()));
        assertEquals(before, snapshot());
        assertEquals(versionBefore, version.current());
    }

    @Test
    void everySeedEventIsStored() {
        List<String> slugs = sql.query("SELECT slug FROM event WHERE slug = ?",
                List.of("benguerir-apprentissage-pandemie-2021"), row -> row.getString(1));
        assertEquals(List.of("benguerir-apprentissage-pandemie-2021"), slugs);
        long seeded = sql.query("SELECT COUNT(*) FROM event WHERE slug NOT LIKE 'test-%'", List.of(),
                row -> row.getLong(1)).get(0);
        assertEquals(54, seeded);
    }

    private String snapshot() {
        return sql.query("SELECT id, sequence, updated_at, title FROM event ORDER BY id", List.of(),
                row -> row.getString(1) + row.getInt(2) + row.getString(3) + row.getString(4)).toString();
    }
}
