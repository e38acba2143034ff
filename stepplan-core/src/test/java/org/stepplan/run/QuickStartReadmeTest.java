package org.stepplan.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example of README.md's "Use stepplan from Java" is {@link QuickStart}, verbatim but for the package line, and
 * prints what the README shows: so the README example compiles, runs and stays true.
 */
class QuickStartReadmeTest {

    private static final String SECTION = "## Use stepplan from Java";

    /** The text of the first fenced block after {@code marker} in the README's section. */
    private static String block(String marker) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains(SECTION);
        String section = readme.substring(readme.indexOf(SECTION));
        String after = section.substring(section.indexOf(marker));
        after = after.substring(after.indexOf('\n', after.indexOf("```")) + 1);
        return after.substring(0, after.indexOf("```"));
    }

    @Test
    void readmeExampleIsQuickStartVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/stepplan/run/QuickStart.java"));
        String withoutPackage = source.substring(source.indexOf("\n\n") + 2);
        assertThat(block("```java")).isEqualTo(withoutPackage);
    }

    @Test
    void quickStartPrintsWhatTheReadmeShows() throws IOException {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).strip()).isEqualTo(block("It prints:").strip());
    }
}
