package org.stepplan.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reproduction is a strict pipeline: runs, then figures and claims (neither knowing the other), then the report,
 * then {@link Reproduction}. Checked on the sources: every reference to another package of the module (an import or
 * a qualified name) points down.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/org/stepplan/paper");
    private static final Pattern REFERENCE = Pattern.compile("org\\.stepplan\\.paper\\.(runs|figures|claims|report)\\b");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "runs", Set.of(),
            "figures", Set.of("runs"),
            "claims", Set.of("runs"),
            "report", Set.of("runs", "figures", "claims"));

    @ParameterizedTest
    @ValueSource(strings = {"runs", "figures", "claims", "report"})
    void eachPackageDependsOnlyOnTheLayersBelowIt(String layer) throws IOException {
        Set<String> used = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(SOURCES.resolve(layer))) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Matcher m = REFERENCE.matcher(Files.readString(f));
            while (m.find()) {
                if (!m.group(1).equals(layer)) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(ALLOWED.get(layer)).containsAll(used);
    }
}
