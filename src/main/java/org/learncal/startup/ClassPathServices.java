package org.learncal.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The services Micronaut would find on a class path: every service named by a {@code META-INF/micronaut/<service>/}
 * folder or a {@code META-INF/services/<service>} file, with the classes named in both (Micronaut reads both), in
 * class path order. Jars named by a jar's manifest {@code Class-Path} follow that jar, as for the JVM.
 */
final class ClassPathServices {
    private static final String MICRONAUT = "META-INF/micronaut/";
    private static final String SERVICES = "META-INF/services/";

    private final Map<String, Set<String>> micronaut = new LinkedHashMap<>();
    private final Map<String, Set<String>> standard = new LinkedHashMap<>();
    private final Set<Path> seen = new HashSet<>();

    private ClassPathServices() {
    }

    static Map<String, List<String>> list(List<Path> classPath) throws IOException {
        ClassPathServices found = new ClassPathServices();
        for (Path entry : classPath) {
            found.visit(entry);
        }
        Map<String, Set<String>> all = new LinkedHashMap<>();
        found.standard.forEach((service, classes) -> all.computeIfAbsent(service, s -> new LinkedHashSet<>()).addAll(classes));
        found.micronaut.forEach((service, classes) -> all.computeIfAbsent(service, s -> new LinkedHashSet<>()).addAll(classes));
        Map<String, List<String>> services = new LinkedHashMap<>();
        all.forEach((service, classes) -> services.put(service, List.copyOf(classes)));
        return services;
    }

    private void visit(Path entry) throws IOException {
        Path path = entry.toAbsolutePath().normalize();
        if (!seen.add(path) || !Files.exists(path)) {
            return;
        }
        if (Files.isDirectory(path)) {
            visitFolder(path);
        } else {
            visitJar(path);
        }
    }

    private void visitJar(Path jar) throws IOException {
        List<Path> classPath = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                if (!entry.isDirectory()) {
                    add(entry.getName(), () -> file.getInputStream(entry));
                }
            }
            String manifestClassPath = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (manifestClassPath != null) {
                for (String name : manifestClassPath.trim().split("\\s+")) {
                    // relative URLs (lib/a.jar), or absolute ones (file:/...)
                    classPath.add(Path.of(jar.toUri().resolve(name)));
                }
            }
        }
        for (Path next : classPath) {
            visit(next);
        }
    }

    private void visitFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                add(folder.relativize(file).toString().replace('\\', '/'), () -> Files.newInputStream(file));
            }
        }
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private void add(String name, Opener opener) throws IOException {
        if (name.startsWith(MICRONAUT)) {
            String[] parts = name.substring(MICRONAUT.length()).split("/");
            if (parts.length == 2) {
                micronaut.computeIfAbsent(parts[0], service -> new LinkedHashSet<>()).add(parts[1]);
            }
        } else if (name.startsWith(SERVICES) && name.indexOf('/', SERVICES.length()) < 0) {
            Set<String> classes = standard.computeIfAbsent(name.substring(SERVICES.length()), s -> new LinkedHashSet<>());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(opener.open(), StandardCharsets.UTF_8))) {
                lines.lines().map(line -> line.replaceFirst("#.*", "").trim()).filter(line -> !line.isEmpty())
                        .forEach(classes::add);
            }
        }
    }
}
