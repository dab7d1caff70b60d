package org.learncal.seed;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A start checks the seed data with one query when this database already holds this very seed data, and reads
 * the seed files again (adding what is missing) only when they differ from the ones it loaded last.
 */
@MicronautTest(transactional = false)
class SeedCheckAtStartTest {
    private static final String SEED = "classpath:seed-data";

    @Inject
    SeedLoader loader;
    @Inject
    Sql sql;

    @Test
    void theStartRecordedTheFingerprintOfTheSeedDataItLoaded() {
        assertEquals(List.of(loader.fingerprint(SEED)), sql.query("SELECT fingerprint FROM seed_state", List.of(),
                row -> row.getString(1)));
    }

    @Test
    void seedDataLoadedBeforeIsNotReadAgain() {
        assertEquals(Optional.empty(), loader.loadIfChanged(SEED));
    }

    @Test
    void otherSeedDataIsLoadedAndItsFingerprintRecorded() {
        sql.update("UPDATE seed_state SET fingerprint = ? WHERE id = 1", List.of("older seed data"));
        assertEquals(Optional.of(new SeedLoader.Report(0, 0, 0, 0, 0, 0)), loader.loadIfChanged(SEED));
        assertEquals(Optional.empty(), loader.loadIfChanged(SEED));
    }

    @Test
    void theFingerprintIsTheSameFromTheJarAndFromTheFolder() {
        assertEquals(loader.fingerprint(SEED), loader.fingerprint("seed-data"));
        assertEquals(64, loader.fingerprint(SEED).length());
    }
}
