package org.learncal.reference;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** V121 moves the English and French labels of stored topics into topic_label; V122 drops the old columns. */
class TopicLabelMigrationTest {
    private static final String URL = "jdbc:h2:mem:topic-labels;DB_CLOSE_DELAY=-1";

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "sa", "").target(target)
                .locations("classpath:db/migration", "classpath:db/dialect/H2").load();
    }

    @Test
    void labelsOfStoredTopicsBecomeLabelsPerLanguage() throws SQLException {
        flyway("120").migrate();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO topic (slug, label_en, label_fr) VALUES ('reading', 'Reading', 'Lecture')");
            flyway("latest").migrate();
            List<String> labels = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT topic_slug, language, label FROM topic_label ORDER BY language")) {
                while (rows.next()) {
                    labels.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            assertEquals(List.of("reading en Reading", "reading fr Lecture"), labels);
        }
    }
}
