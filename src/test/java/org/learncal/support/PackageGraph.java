package org.learncal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which org.learncal packages import which, read from the import lines of the sources; and the dependency
 * cycles among them, each written as the path that leads a package back to itself.
 */
public final class PackageGraph {
    private static final String ROOT = "org.learncal";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?(org\\.learncal(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);

    private final Map<String, Set<String>> imports = new TreeMap<>();

    /** Adds one source file: the packages it imports from become dependencies of its own package. */
    public void add(String source) {
        Matcher declared = PACKAGE.matcher(source);
        String from = declared.find() ? declared.group(1) : "";
        Set<String> targets = imports.computeIfAbsent(from, name -> new TreeSet<>());
        Matcher imported = IMPORT.matcher(source);
        while (imported.find()) {
            if (!imported.group(1).equals(from)) {
                targets.add(imported.group(1));
            }
        }
    }

    /** The graph of every .java file under {@code sources}. */
    public static PackageGraph of(Path sources) {
        PackageGraph graph = new PackageGraph();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                graph.add(Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /**
     * One cycle per group of packages that reach each other, as "a -> b -> a" (names relative to org.learncal);
     * empty when the packages depend one way.
     */
    public List<String> cycles() {
        List<String> cycles = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : imports.keySet()) {
            List<String> cycle = cycleThrough(start, start, new LinkedHashMap<>(), done);
            if (cycle != null) {
                cycles.add(String.join(" -> ", cycle.stream().map(PackageGraph::shortName).toList()));
                done.addAll(cycle);
            }
        }
        return cycles;
    }

    /** A path from {@code at} back to {@code start} avoiding packages already seen or reported, if there is one. */
    private List<String> cycleThrough(String start, String at, Map<String, Boolean> seen, Set<String> done) {
        seen.put(at, true);
        for (String next : imports.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> path = new ArrayList<>(seen.keySet());
                path.add(start);
                return path;
            }
            if (!seen.containsKey(next) && !done.contains(next)) {
                List<String> found = cycleThrough(start, next, seen, done);
                if (found != null) {
                    return found;
                }
            }
        }
        seen.remove(at);
        return null;
    }

    private static String shortName(String name) {
        return name.equals(ROOT) ? "(root)" : name.substring(ROOT.length() + 1);
    }
}
