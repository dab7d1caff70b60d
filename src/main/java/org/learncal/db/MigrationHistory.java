package org.learncal.db;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What Flyway's history table ({@code flyway_schema_history}) says was applied, read in one query. */
final class MigrationHistory {
    private static final String APPLIED = "SELECT \"version\", \"script\", \"checksum\", \"type\","
            + " \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"";

    /** Flyway's first row: the history table itself was created (no version, no script). */
    private static final String TABLE_CREATED = "TABLE";

    private MigrationHistory() {
    }

    /**
     * True when the history holds exactly {@code packaged} (in version order), each applied once, successfully,
     * as a SQL migration, with its checksum, in that order, and no other row than Flyway's note that it created
     * the table (no baseline, no schema creation, no failed or deleted migration). A missing table or any read
     * error is false.
     */
    static boolean matches(DataSource dataSource, List<PackagedMigrations.Migration> packaged) {
        List<PackagedMigrations.Migration> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(APPLIED)) {
            while (rows.next()) {
                if (TABLE_CREATED.equals(rows.getString(4))) {
                    continue;
                }
                String version = rows.getString(1);
                int checksum = rows.getInt(3);
                if (version == null || !version.matches("\\d{1,18}") || rows.wasNull()
                        || !"SQL".equals(rows.getString(4)) || !rows.getBoolean(5)) {
                    return false;
                }
                applied.add(new PackagedMigrations.Migration(Long.parseLong(version), rows.getString(2), checksum));
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.equals(packaged);
    }
}
