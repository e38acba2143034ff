package org.stepplan.cli.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of every stepplan module form a DAG: a package-level cycle anywhere in the main sources of any module
 * fails this test, naming the cycle. The finder itself is shown to catch cycles on small graphs.
 */
class PackageCycleTest {

    @Test
    void thePackagesOfEveryModuleFormADag() throws IOException {
        PackageGraph graph = new PackageGraph("org.stepplan");
        Path root = projectRoot();
        List<Path> sourceTrees;
        try (Stream<Path> modules = Files.list(root)) {
            sourceTrees = modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml")))
                    .flatMap(PackageCycleTest::mainSourceTrees).sorted().toList();
        }
        sourceTrees.forEach(graph::addTree);

        assertThat(sourceTrees).as("source trees scanned").hasSizeGreaterThanOrEqualTo(7);
        assertThat(graph.edges()).as("packages scanned").hasSizeGreaterThanOrEqualTo(15);
        assertThat(graph.edges().get("org.stepplan.planning")).contains("org.stepplan.optim", "org.stepplan.core");
        assertThat(graph.cycles()).as("package cycles").isEmpty();
    }

    @Test
    void aCycleOfThreePackagesIsFoundAndNamed() {
        PackageGraph graph = new PackageGraph("x").add("x.a", "x.b").add("x.b", "x.c").add("x.c", "x.a")
                .add("x.c", "x.d").add("x.d", "x.e");

        assertThat(graph.cycles()).containsExactly(List.of("x.a", "x.b", "x.c", "x.a"));
    }

    @Test
    void twoSeparateCyclesAreBothNamed() {
        PackageGraph graph = new PackageGraph("x").add("x.a", "x.b").add("x.b", "x.a").add("x.b", "x.c")
                .add("x.c", "x.d").add("x.d", "x.c");

        assertThat(graph.cycles()).containsExactlyInAnyOrder(List.of("x.a", "x.b", "x.a"),
                List.of("x.c", "x.d", "x.c"));
    }

    @Test
    void aDiamondIsNoCycle() {
        PackageGraph graph = new PackageGraph("x").add("x.a", "x.b").add("x.a", "x.c").add("x.b", "x.d")
                .add("x.c", "x.d");

        assertThat(graph.cycles()).isEmpty();
    }

    @Test
    void importsStaticImportsWildcardsAndQualifiedNamesAreEdgesButCommentsAndStringsAreNot() {
        PackageGraph graph = new PackageGraph("org.stepplan")
                .addSource("package org.stepplan.a;\nimport org.stepplan.b.B;\nimport static org.stepplan.c.C.f;\n"
                        + "import org.stepplan.d.*;\nclass A { org.stepplan.e.E e; }\n")
                .addSource("package org.stepplan.z;\n/** {@link org.stepplan.a.A} */\n// org.stepplan.a.A\n"
                        + "class Z { String s = \"org.stepplan.a.A\"; }\n");

        assertThat(graph.edges().get("org.stepplan.a"))
                .containsExactly("org.stepplan.b", "org.stepplan.c", "org.stepplan.d", "org.stepplan.e");
        assertThat(graph.edges().get("org.stepplan.z")).isEmpty();
    }

    @Test
    void aCycleIntroducedInSourcesFails() {
        PackageGraph graph = new PackageGraph("org.stepplan")
                .addSource("package org.stepplan.optim;\nimport org.stepplan.planning.StepSizePlanning;\nclass M {}\n")
                .addSource("package org.stepplan.planning;\nclass P extends org.stepplan.optim.AbstractOptimizer {}\n");

        assertThat(graph.cycles())
                .containsExactly(List.of("org.stepplan.optim", "org.stepplan.planning", "org.stepplan.optim"));
    }

    /** The main (non-test) source folders of one module: {@code src/main/java} and any other {@code src/X/java}. */
    private static Stream<Path> mainSourceTrees(Path module) {
        Path src = module.resolve("src");
        if (!Files.isDirectory(src)) {
            return Stream.empty();
        }
        try (Stream<Path> sets = Files.list(src)) {
            return sets.filter(s -> !s.getFileName().toString().equals("test")).map(s -> s.resolve("java"))
                    .filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The folder of the parent pom (the test runs in stepplan-cli). */
    private static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("stepplan-core"))) {
                return p;
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }
}
