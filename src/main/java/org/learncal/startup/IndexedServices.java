package org.learncal.startup;

import io.micronaut.core.io.service.SoftServiceLoader;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The classes providing one service, from a {@link ServiceIndex}, made as Micronaut makes the ones it finds by
 * listing jars: through their public no-argument constructors, in parallel, leaving out a class that cannot be
 * loaded (one that needs a library this build does not have) as Micronaut does.
 */
final class IndexedServices<S> implements SoftServiceLoader.StaticServiceLoader<S> {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
    private static final MethodType NO_ARGUMENTS = MethodType.methodType(void.class);

    private final List<String> classes;
    private final ClassLoader classLoader;

    IndexedServices(List<String> classes, ClassLoader classLoader) {
        this.classes = List.copyOf(classes);
        this.classLoader = classLoader;
    }

    @Override
    public Stream<SoftServiceLoader.StaticDefinition<S>> findAll(Predicate<String> condition) {
        return classes.stream()
                .filter(type -> condition == null || condition.test(type))
                .filter(this::present)
                .map(type -> SoftServiceLoader.StaticDefinition.of(type, () -> make(type)));
    }

    @Override
    public List<S> load(Predicate<String> condition, Predicate<S> predicate) {
        return classes.parallelStream()
                .filter(type -> condition == null || condition.test(type))
                .map(this::make)
                .filter(Objects::nonNull)
                .filter(service -> predicate == null || predicate.test(service))
                .toList();
    }

    private boolean present(String type) {
        try {
            Class.forName(type, false, classLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError missing) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private S make(String type) {
        try {
            return (S) LOOKUP.findConstructor(Class.forName(type, false, classLoader), NO_ARGUMENTS).invoke();
        } catch (NoClassDefFoundError | ClassNotFoundException | NoSuchMethodException | IllegalAccessException missing) {
            return null;
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new IllegalStateException("Could not make " + type, failure);
        }
    }
}
