package org.learncal.startup;

import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.core.optim.StaticOptimizations;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Micronaut finds its bean definitions (and its other services) by listing {@code META-INF/micronaut/<service>/}
 * in every jar of the class path, opening each such jar as a zip file system: a tenth of a start's main thread.
 * Micronaut AOT would write those lists into the build; this keeps them in a file instead, made once by listing
 * the class path ({@link ClassPathServices}) and read by later starts, and hands them to Micronaut as AOT does
 * ({@link StaticOptimizations}). Only a start given the file's name ({@value #PROPERTY}, as
 * {@code src/main/sh/learncal} does, beside its class-data archive of the same jars) uses it; without it, or
 * if the file cannot be read or written, Micronaut lists the jars as usual.
 */
public final class ServiceIndex {
    /** The system property naming the index file. */
    public static final String PROPERTY = "learncal.service-index";

    private ServiceIndex() {
    }

    /** Before Micronaut starts: gives it the services of the file {@value #PROPERTY} names, made first if need be. */
    public static void install() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            return;
        }
        try {
            Path file = Path.of(name);
            Map<String, List<String>> services = Files.exists(file) ? read(file) : record(file);
            StaticOptimizations.set(new SoftServiceLoader.Optimizations(loaders(services)));
        } catch (IOException | RuntimeException unusable) {
            LoggerFactory.getLogger(ServiceIndex.class)
                    .warn("Service index {} not used, Micronaut lists the jars: {}", name, unusable.toString());
        }
    }

    /**
     * Micronaut's loaders for {@code services} (service name to the classes that provide it), the whole class path's:
     * a service it does not name has no provider (Micronaut would otherwise list every jar again to find none).
     */
    static Map<String, SoftServiceLoader.StaticServiceLoader<?>> loaders(Map<String, List<String>> services) {
        ClassLoader classLoader = ServiceIndex.class.getClassLoader();
        Map<String, SoftServiceLoader.StaticServiceLoader<?>> loaders = new Complete();
        services.forEach((service, classes) -> loaders.put(service, new IndexedServices<>(classes, classLoader)));
        return loaders;
    }

    /** Knows every service: one it was not given has no provider. */
    private static final class Complete extends LinkedHashMap<String, SoftServiceLoader.StaticServiceLoader<?>> {
        private static final SoftServiceLoader.StaticServiceLoader<?> NONE = new IndexedServices<>(List.of(), null);

        @Override
        public boolean containsKey(Object service) {
            return true;
        }

        @Override
        public SoftServiceLoader.StaticServiceLoader<?> get(Object service) {
            return getOrDefault(service, NONE);
        }
    }

    /** Lists the class path of this JVM and writes what it found to {@code file} (whole, or not at all). */
    static Map<String, List<String>> record(Path file) throws IOException {
        List<Path> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry));
        }
        Map<String, List<String>> services = ClassPathServices.list(classPath);
        Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        Files.write(partial, services.entrySet().stream()
                .flatMap(service -> service.getValue().stream().map(type -> service.getKey() + '\t' + type))
                .toList(), StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return services;
    }

    /** The services of an index file: lines of a service name, a tab, a class providing it. */
    static Map<String, List<String>> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", 2))
                .collect(Collectors.groupingBy(pair -> pair[0], LinkedHashMap::new,
                        Collectors.mapping(pair -> pair[1], Collectors.toList())));
    }
}
