package org.stepplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepplan.experiment.Json;
import org.w3c.dom.Document;

/**
 * {@code stepplan reproduce}, run once in full (about 6 s on 2 cores) and inspected: every figure file, every claim
 * row the issue asks for, and the report's numbers against {@code stepplan run}.
 */
class ReproduceCommandTest {

    static final List<String> PANELS = List.of("fig3a", "fig3b", "fig4a", "fig4b", "fig5a", "fig5b", "fig6a",
            "fig6b", "fig7a", "fig7a-evals", "fig7b", "fig8a", "fig8b", "fig9");

    /** The claim rows issue 4 requires, at least. */
    static final List<String> REQUIRED_CLAIMS = List.of("fig7-k2", "fig7-k10", "fig5-speedup-k2", "fig5-speedup-k5",
            "fig5-speedup-k10", "quadratic-k2-zero", "fig4-peak-one", "fig8-peaks", "fig7-k100-first-plan",
            "fig7-stairs", "fig5b-negative", "gd-best-step", "gd-1e-3", "rate-gd", "rate-nesterov",
            "fig9-heavy-ball-faster", "fig9-rmsprop", "fig9-adam-between", "fig9-planning-faster",
            "fig9-planning-no-oscillation", "nelder-mead", "adaptive-coordinate-descent");

    static final List<String> VERDICTS = List.of("reproduced", "close", "not reproduced", "cited, not measured");

    @TempDir
    static Path tmp;
    static Path out;
    static CliHarness run;
    static JsonNode claims;

    @BeforeAll
    static void reproduceEverything() throws Exception {
        out = tmp.resolve("results");
        run = CliHarness.run("reproduce", "--out", out.toString(), "--threads", "2", "--svg");
        claims = Json.mapper().readTree(out.resolve("claims.json").toFile());
    }

    @Test
    void succeedsWithASummaryAndPlainProgressLinesWhenStderrIsNotATerminal() {
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("wrote ", "claims: ", "report: ");
        assertThat(run.err()).contains("runs: ", "figures: ", "claims: ").doesNotContain("\r").doesNotContain("%");
        assertThat(run.err().lines()).allMatch(l -> l.matches("\\[\\d+/\\d+] (runs|figures|claims): .+"));
    }

    @Test
    void printsOneProgressLinePerTenthOfEachPhaseEndingWithTheWholePhase() {
        for (String phase : List.of("runs", "figures", "claims")) {
            List<String> lines = run.err().lines().filter(l -> l.contains("] " + phase + ": ")).toList();
            String total = lines.get(lines.size() - 1).replaceAll("^\\[(\\d+)/(\\d+)].*", "$1/$2");
            int n = Integer.parseInt(total.substring(total.indexOf('/') + 1));
            assertThat(total).as(phase).isEqualTo(n + "/" + n);
            assertThat(lines).as(phase).hasSize(Math.min(n, 10));
        }
    }

    @Test
    void quietPrintsNothingAndWithoutSvgWritesPngAndCsvOnly() throws Exception {
        Path quietOut = tmp.resolve("quiet");
        CliHarness quiet = CliHarness.run("reproduce", "--out", quietOut.toString(), "--only", "3b", "--quiet");
        assertThat(quiet.exit()).as(quiet.err()).isEqualTo(0);
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
        assertThat(quietOut.resolve("fig3b.png")).isNotEmptyFile();
        assertThat(quietOut.resolve("fig3b.csv")).isNotEmptyFile();
        assertThat(quietOut.resolve("fig3b.svg")).doesNotExist();
        assertThat(Files.readString(quietOut.resolve("report.md"))).contains("fig3b.csv").doesNotContain(".svg");
        assertThat(Files.readString(quietOut.resolve("report.html"))).contains("fig3b.csv").doesNotContain(".svg");
        assertThat(Files.readString(out.resolve("report.md"))).contains("(fig3b.svg)");
    }

    static Stream<String> panels() {
        return PANELS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("panels")
    void everyFigureIsAValidPngAndSvgWithTheCsvBehindIt(String panel) throws Exception {
        byte[] png = Files.readAllBytes(out.resolve(panel + ".png"));
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(600);

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = f.newDocumentBuilder().parse(out.resolve(panel + ".svg").toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("900px");

        List<String> csv = Files.readAllLines(out.resolve(panel + ".csv"));
        assertThat(csv.get(0)).startsWith("series,");
        assertThat(csv.size()).isGreaterThan(10);
    }

    @Test
    void reportHasARowWithAComputedVerdictForEveryClaimTheIssueLists() throws Exception {
        List<String> ids = new ArrayList<>();
        claims.forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids).containsAll(REQUIRED_CLAIMS).doesNotHaveDuplicates();
        String md = Files.readString(out.resolve("report.md"));
        String html = Files.readString(out.resolve("report.html"));
        for (JsonNode c : claims) {
            String id = c.get("id").asText();
            String verdict = c.get("verdict").asText();
            assertThat(VERDICTS).as(id).contains(verdict);
            assertThat(c.get("ours").asText()).as(id).isNotBlank();
            assertThat(c.get("explanation").asText()).as(id).isNotBlank();
            String row = md.lines().filter(l -> l.contains("`" + id + "` |")).findFirst().orElseThrow();
            assertThat(row).contains("**" + verdict + "**");
            assertThat(html).contains("<tr id=\"" + id + "\">");
        }
        assertThat(md).contains("## Verdict rules", "## Readings of the paper", "## How to check a row");
    }

    @Test
    void htmlIsSelfContainedWithEveryFigureInlined() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        int inlined = html.split("src=\"data:image/png;base64,", -1).length - 1;
        assertThat(inlined).isEqualTo(PANELS.size());
        assertThat(html).doesNotContain("<img src=\"fig").doesNotContain("<script");
    }

    @Test
    void reportStatesTheCommandSeedsVersionsAndMachineInItsLastSection() throws Exception {
        String md = Files.readString(out.resolve("report.md"));
        String env = md.substring(md.indexOf("## Run environment"));
        assertThat(env).contains("Command: `./stepplan reproduce --out " + out + " --threads 2 --svg`", "Wall time: ",
                "Java: ", "CPU: ", "cores available: ", "XChart: 4.0.3", "commons-math3: 3.6.1");
        assertThat(md.substring(0, md.indexOf("## Run environment"))).contains("default seed 0");
    }

    /** Figure 7 counts and the quadratic's zero: the report's numbers are those `stepplan run --json` prints. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fig7-k2", "fig7-k10", "quadratic-k2-zero"})
    void zeroErrorCountsEqualThoseOfStepplanRun(String id) throws Exception {
        JsonNode claim = claim(id);
        JsonNode j = runJson(claim.get("commands").get(0).asText());
        JsonNode v = claim.get("values");
        long k = v.has("k") ? v.get("k").asLong() : v.get("iterations").asLong();
        assertThat(j.get("firstZeroError").get("iterations").asLong()).isEqualTo(k);
        assertThat(j.get("firstZeroError").get("gradEvals").asLong()).isEqualTo(v.get("gradEvals").asLong());
    }

    /** Figure 5 speed-ups: recomputed from the traces `stepplan run --trace` writes, to the last bit. */
    @ParameterizedTest(name = "K{0}")
    @ValueSource(ints = {2, 5, 10})
    void speedUpsEqualThoseComputedFromStepplanRunTraces(int k) throws Exception {
        JsonNode claim = claim("fig5-speedup-k" + k);
        JsonNode commands = claim.get("commands");
        double gd = errorWithin(trace(commands.get(0).asText(), "gd" + k), 10_000);
        double csawg = errorWithin(trace(commands.get(1).asText(), "csawg" + k), 10_000);
        JsonNode v = claim.get("values");
        assertThat(v.get("gdError").asDouble()).isEqualTo(gd);
        assertThat(v.get("csawgError").asDouble()).isEqualTo(csawg);
        assertThat(v.get("ratio").asDouble()).isEqualTo(gd / csawg);
    }

    @Test
    void gradientDescentEvaluationsTo1e3EqualThoseOfItsStepplanRunTrace() throws Exception {
        JsonNode claim = claim("gd-1e-3");
        List<String[]> rows = trace(claim.get("commands").get(0).asText(), "gd");
        long first = rows.stream().filter(r -> Double.parseDouble(r[4]) <= 1e-3).map(r -> Long.parseLong(r[1]))
                .findFirst().orElseThrow();
        assertThat(claim.get("values").get("gradEvals").asLong()).isEqualTo(first);
    }

    @Test
    void anExistingNonEmptyOutputFolderIsRefusedUnlessForced() throws Exception {
        byte[] before = Files.readAllBytes(out.resolve("fig7b.csv"));
        CliHarness refused = CliHarness.run("reproduce", "--out", out.toString(), "--only", "7b");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("not empty", "--force");
        assertThat(Files.readAllBytes(out.resolve("fig7b.csv"))).isEqualTo(before);

        Path other = tmp.resolve("forced");
        Files.createDirectories(other);
        Files.writeString(other.resolve("keep.txt"), "mine");
        CliHarness forced = CliHarness.run("reproduce", "--out", other.toString(), "--only", "7b", "--force");
        assertThat(forced.exit()).as(forced.err()).isEqualTo(0);
        assertThat(other.resolve("fig7b.png")).exists();
        assertThat(Files.readString(other.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".") || n.endsWith(".tmp"));
        }
    }

    @Test
    void anUnknownFigureIsOneLineNamingTheKnownOnes() {
        CliHarness r = CliHarness.run("reproduce", "--out", tmp.resolve("x").toString(), "--only", "3a,42");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("unknown figure 42", "known: 3a, 3b, 4, 5a");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    private static JsonNode claim(String id) {
        for (JsonNode c : claims) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no claim " + id);
    }

    private static String[] argv(String command) {
        assertThat(command).startsWith("./stepplan ");
        return command.substring("./stepplan ".length()).split(" ");
    }

    private static JsonNode runJson(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(argv(command)));
        args.add("--json");
        CliHarness r = CliHarness.run(args.toArray(String[]::new));
        return Json.mapper().readTree(r.out());
    }

    private static List<String[]> trace(String command, String name) throws Exception {
        Path csv = tmp.resolve("trace-" + name + ".csv");
        List<String> args = new ArrayList<>(List.of(argv(command)));
        args.addAll(List.of("--trace", csv.toString(), "--force"));
        CliHarness.run(args.toArray(String[]::new));
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    /** The error of the last trace row with at most {@code evals} gradient evaluations. */
    private static double errorWithin(List<String[]> rows, long evals) {
        double e = Double.NaN;
        for (String[] r : rows) {
            if (Long.parseLong(r[1]) > evals) {
                break;
            }
            e = Double.parseDouble(r[4]);
        }
        return e;
    }
}
