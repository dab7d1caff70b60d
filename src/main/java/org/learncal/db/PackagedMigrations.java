package org.learncal.db;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The versioned SQL migrations of this build's Flyway locations, read without Flyway: version, script name and
 * the checksum Flyway records for them (CRC32 of each line's UTF-8 bytes, byte order marks left out).
 * Anything this reader does not fully understand (another kind of file, a version that is not a plain number,
 * a location that is not a folder or jar on the class path, the same version twice) gives no list, so that
 * the caller leaves the decision to Flyway.
 */
final class PackagedMigrations {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d{1,18})__[^/]+\\.sql");
    private static final String CLASSPATH = "classpath:";

    /** One migration as Flyway's history records it. */
    record Migration(long version, String script, int checksum) {
    }

    private PackagedMigrations() {
    }

    /** The migrations of {@code locations} ("classpath:..." only), in version order, or empty (see above). */
    static Optional<List<Migration>> read(ClassLoader loader, List<String> locations) {
        if (!locations.stream().allMatch(location -> location.startsWith(CLASSPATH))) {
            return Optional.empty();
        }
        List<String> prefixes = locations.stream().map(location -> location.substring(CLASSPATH.length()))
                .map(folder -> folder.endsWith("/") ? folder : folder + "/").toList();
        try (Jars jars = new Jars(prefixes)) {
            List<Migration> migrations = new ArrayList<>();
            for (String prefix : prefixes) {
                if (!readLocation(loader, prefix, jars, migrations)) {
                    return Optional.empty();
                }
            }
            Set<Long> versions = new HashSet<>();
            if (!migrations.stream().allMatch(migration -> versions.add(migration.version()))) {
                return Optional.empty();
            }
            migrations.sort(Comparator.comparingLong(Migration::version));
            return Optional.of(List.copyOf(migrations));
        } catch (IOException | UncheckedIOException | URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Adds the migrations under {@code prefix}; false when one of its files is not a plain versioned one. */
    private static boolean readLocation(ClassLoader loader, String prefix, Jars jars, List<Migration> into)
            throws IOException, URISyntaxException {
        List<URL> roots = Collections.list(loader.getResources(prefix.substring(0, prefix.length() - 1)));
        for (URL root : roots) {
            boolean understood = switch (root.getProtocol()) {
                case "file" -> readFolder(Path.of(root.toURI()), into);
                case "jar" -> readJar(jars, root, prefix, into);
                default -> false;
            };
            if (!understood) {
                return false;
            }
        }
        return true;
    }

    private static boolean readFolder(Path folder, List<Migration> into) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String script = folder.relativize(file).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(file)) {
                if (!add(script, in, into)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean readJar(Jars jars, URL root, String prefix, List<Migration> into) throws IOException {
        Jars.Opened jar = jars.open(root);
        for (JarEntry entry : jar.entries()) {
            if (entry.getName().startsWith(prefix)) {
                try (InputStream in = jar.file().getInputStream(entry)) {
                    if (!add(entry.getName().substring(prefix.length()), in, into)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The jars of one read, each opened and listed once for every location: a listing walks every entry of the
     * service's 50 MB jar, a noticeable part of a start when it was done once per location.
     */
    private static final class Jars implements Closeable {
        record Opened(JarFile file, List<JarEntry> entries) {
        }

        private final List<String> prefixes;
        private final Map<URL, Opened> opened = new HashMap<>();

        Jars(List<String> prefixes) {
            this.prefixes = prefixes;
        }

        /** The jar of {@code root} with its files under any of the prefixes. */
        Opened open(URL root) throws IOException {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            URL file = connection.getJarFileURL();
            Opened jar = opened.get(file);
            if (jar == null) {
                connection.setUseCaches(false);
                JarFile opening = connection.getJarFile();
                List<JarEntry> entries = new ArrayList<>();
                for (JarEntry entry : Collections.list(opening.entries())) {
                    if (!entry.isDirectory() && prefixes.stream().anyMatch(entry.getName()::startsWith)) {
                        entries.add(entry);
                    }
                }
                jar = new Opened(opening, entries);
                opened.put(file, jar);
            }
            return jar;
        }

        @Override
        public void close() throws IOException {
            for (Opened jar : opened.values()) {
                jar.file().close();
            }
        }
    }

    private static boolean add(String script, InputStream in, List<Migration> into) throws IOException {
        Matcher versioned = VERSIONED.matcher(script);
        if (!versioned.matches()) {
            return false;
        }
        into.add(new Migration(Long.parseLong(versioned.group(1)), script, checksum(in)));
        return true;
    }

    /** Flyway's checksum of a script (its ChecksumCalculator, for the default UTF-8 encoding). */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String withoutBom = !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
            crc.update(withoutBom.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
