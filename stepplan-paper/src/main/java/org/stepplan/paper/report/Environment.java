package org.stepplan.paper.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The machine and software a reproduction ran on, for the report's last section. */
public final class Environment {

    private Environment() {
    }

    /** Name to value, in display order; {@code version} is the tool's. */
    public static Map<String, String> describe(String version, int threads) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("stepplan", version);
        m.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vendor") + ")");
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("CPU", cpuModel());
        m.put("cores available", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("threads used", Integer.toString(threads));
        m.put("max heap", String.format(Locale.ROOT, "%.0f MiB", Runtime.getRuntime().maxMemory() / 1048576.0));
        m.put("XChart", version("org.knowm.xchart", "xchart"));
        m.put("VectorGraphics2D", version("de.erichseifert.vectorgraphics2d", "VectorGraphics2D"));
        m.put("commons-math3", version("org.apache.commons", "commons-math3"));
        m.put("picocli", version("info.picocli", "picocli"));
        return m;
    }

    private static String cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(info)) {
                for (String line : Files.readAllLines(info)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }

    private static String version(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Environment.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
