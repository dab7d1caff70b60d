package org.learncal.startup;

import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.inject.BeanDefinitionReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service index lists what Micronaut finds by listing the jars, and a start reads back what it wrote. */
class ServiceIndexTest {

    @Test
    void indexedBeanDefinitionsAreTheOnesMicronautFindsByListingTheJars() throws Exception {
        Map<String, List<String>> services = ClassPathServices.list(classPath());
        String service = BeanDefinitionReference.class.getName();
        @SuppressWarnings("unchecked")
        SoftServiceLoader.StaticServiceLoader<BeanDefinitionReference<?>> indexed =
                (SoftServiceLoader.StaticServiceLoader<BeanDefinitionReference<?>>) ServiceIndex.loaders(services)
                        .get(service);
        List<BeanDefinitionReference> listed = SoftServiceLoader.load(BeanDefinitionReference.class).collectAll();

        Set<String> fromIndex = indexed.load(reference -> true).stream().map(ServiceIndexTest::name)
                .collect(Collectors.toSet());
        assertEquals(listed.stream().map(ServiceIndexTest::name).collect(Collectors.toSet()), fromIndex);
        assertTrue(fromIndex.contains("org.learncal.startup.$StartupTasks$Definition"));
    }

    @Test
    void servicesNamedOnlyInMetaInfServicesAreIndexedAndOthersHaveNone() throws Exception {
        Map<String, List<String>> services = ClassPathServices.list(classPath());
        Map<String, SoftServiceLoader.StaticServiceLoader<?>> loaders = ServiceIndex.loaders(services);

        assertTrue(services.get("java.sql.Driver").containsAll(List.of("org.h2.Driver", "org.postgresql.Driver")));
        assertEquals(List.of(), loaders.get("org.learncal.NoSuchService").load(service -> true));
        assertTrue(loaders.containsKey("org.learncal.NoSuchService"));
    }

    @Test
    void theFirstStartWritesTheIndexThatLaterStartsRead(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("learncal.services");
        Map<String, List<String>> recorded = ServiceIndex.record(file);

        assertEquals(recorded, ServiceIndex.read(file));
        assertTrue(recorded.get(BeanDefinitionReference.class.getName())
                .contains("org.learncal.startup.$StartupTasks$Definition"));
        assertEquals(List.of("learncal.services"), Files.list(folder).map(f -> f.getFileName().toString()).toList());
    }

    private static List<Path> classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    private static String name(Object service) {
        return service.getClass().getName();
    }
}
