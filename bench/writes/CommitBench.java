import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Commits per second of one JDBC connection on a fresh H2 file, under each durability setting, without the
 * service: what the disk flush alone costs. Run with the jar on the class path:
 * {@code java -cp target/learncal.jar bench/writes/CommitBench.java [commits, default 500]}; under
 * {@code strace -f -c -e trace=fdatasync,fsync,pwrite64} it also shows the writes and flushes per commit.
 */
public class CommitBench {
    public static void main(String[] args) throws Exception {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        org.learncal.db.FsyncFilePath.register();
        String[][] settings = {{"H2 defaults (WRITE_DELAY 500 ms)", "jdbc:h2:file:%s/x"},
                {"WRITE_DELAY=0", "jdbc:h2:file:%s/x;WRITE_DELAY=0"},
                {"fsync: and WRITE_DELAY=0 (LearnCal)", "jdbc:h2:file:fsync:%s/x;WRITE_DELAY=0"}};
        for (String[] setting : settings) {
            Path folder = Files.createTempDirectory("commit-bench");
            try (Connection connection = DriverManager.getConnection(setting[1].formatted(folder), "sa", "")) {
                connection.createStatement().execute("CREATE TABLE t(id INT PRIMARY KEY, v VARCHAR(100))");
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                    long started = System.nanoTime();
                    for (int i = 0; i < commits; i++) {
                        insert.setInt(1, i);
                        insert.setString(2, "row " + i);
                        insert.executeUpdate();
                    }
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf("%-40s %6.0f commits/s (%.2f ms per commit)%n", setting[0], commits / seconds,
                            seconds * 1000 / commits);
                }
            }
        }
    }
}
