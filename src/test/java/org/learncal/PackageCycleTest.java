package org.learncal;

import org.junit.jupiter.api.Test;
import org.learncal.support.PackageGraph;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The org.learncal packages depend one way: no package reaches itself through the imports of src/main/java. */
class PackageCycleTest {

    @Test
    void mainPackagesFormNoDependencyCycle() {
        List<String> cycles = PackageGraph.of(Path.of("src/main/java")).cycles();
        assertEquals(List.of(), cycles, "org.learncal packages form dependency cycles:\n" + String.join("\n", cycles));
    }

    @Test
    void aCycleIsNamedPackageByPackage() {
        PackageGraph graph = new PackageGraph();
        graph.add("package org.learncal.event;\nimport org.learncal.review.Review;\nimport java.util.List;\n");
        graph.add("package org.learncal.review;\nimport org.learncal.token.Caller;\n");
        graph.add("package org.learncal.token;\nimport static org.learncal.event.Event.of;\n");
        graph.add("package org.learncal.web;\nimport org.learncal.event.Event;\n");
        assertEquals(List.of("event -> review -> token -> event"), graph.cycles());
    }

    @Test
    void packagesThatDependOneWayHaveNoCycle() {
        PackageGraph graph = new PackageGraph();
        graph.add("package org.learncal.event;\nimport org.learncal.review.Review;\n");
        graph.add("package org.learncal.review;\nimport org.learncal.token.Caller;\n");
        graph.add("package org.learncal;\nimport org.learncal.event.Event;\n");
        assertEquals(List.of(), graph.cycles());
    }
}
