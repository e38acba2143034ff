package org.stepplan.experiment.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepplan.core.ParamSpec;
import org.stepplan.optim.MethodSpec;
import org.stepplan.methods.Methods;

/**
 * The YAML spec of {@code stepplan compare}: each method's grid, and optionally the budget and the target.
 * <pre>
 * max-grad-evals: 20000          # optional: the gradient-evaluation budget of every run
 * target-error: 1.0e-6           # optional: a run stops once ||w - w*|| is at or below it
 * methods:                       # method name -&gt; parameters; a list is a grid axis
 *   gd:
 *     gamma: [0.0005, 0.001, 0.0015, 0.002]
 *   heavy-ball: {a: 0.0015, p: [0.8, 0.9]}
 *   csaug: {}                    # the defaults
 * </pre>
 * A method's settings are every combination of its lists, the first parameter varying slowest. Every error names the
 * file, line and column.
 *
 * @param grids        each method's settings (parameter name to text), in document order
 * @param maxGradEvals the budget, or null
 * @param targetError  the target, or null
 */
public record CompareSpec(Map<String, List<Map<String, String>>> grids, Long maxGradEvals, Double targetError) {

    /** The most settings a spec may expand to, over all its methods (counted before any is built). */
    public static final long MAX_SETTINGS = 10_000;

    private static final Set<String> KEYS = Set.of("methods", "max-grad-evals", "target-error");

    public CompareSpec {
        grids = Collections.unmodifiableMap(new LinkedHashMap<>(grids));
    }

    /**
     * Reads and checks {@code file}.
     *
     * @throws IllegalArgumentException naming the file, line and column of what is wrong
     * @throws IOException              when the file cannot be read
     */
    public static CompareSpec read(Path file) throws IOException {
        YamlTree.Node root = YamlTree.read(file).require(YamlTree.Kind.MAP, "the spec");
        root.keys().forEach((name, key) -> {
            if (!KEYS.contains(name)) {
                throw key.error("unknown key '" + name + "'; known: methods, max-grad-evals, target-error");
            }
        });
        YamlTree.Node methods = root.fields().get("methods");
        if (methods == null) {
            throw root.error("missing 'methods' (method name -> parameters)");
        }
        methods.require(YamlTree.Kind.MAP, "methods");
        Map<String, List<Map<String, String>>> grids = new LinkedHashMap<>();
        long[] counted = {0};
        methods.fields().forEach((name, params) -> grids.put(name,
                grid(name, methods.keys().get(name), params, counted)));
        Long budget = null;
        YamlTree.Node b = root.fields().get("max-grad-evals");
        if (b != null) {
            budget = positiveLong(b.require(YamlTree.Kind.SCALAR, "max-grad-evals"));
        }
        Double target = null;
        YamlTree.Node t = root.fields().get("target-error");
        if (t != null) {
            target = nonNegative(t.require(YamlTree.Kind.SCALAR, "target-error"));
        }
        return new CompareSpec(grids, budget, target);
    }

    /**
     * A method's settings; {@code counted[0]} holds the settings of the methods before it and is advanced. The grid
     * is counted axis by axis before it is expanded, and refused at the axis where the spec's total passes
     * {@link #MAX_SETTINGS}.
     */
    private static List<Map<String, String>> grid(String method, YamlTree.Node key, YamlTree.Node params,
                                                  long[] counted) {
        MethodSpec spec;
        try {
            spec = Methods.get(method);
        } catch (IllegalArgumentException e) {
            throw key.error(e.getMessage());
        }
        if (params.kind() == YamlTree.Kind.SCALAR && params.text().isEmpty()) {
            count(counted, 1, key, method);
            return List.of(Map.of()); // "gd:" alone: the defaults
        }
        params.require(YamlTree.Kind.MAP, "the parameters of " + method);
        Set<String> known = spec.params().stream().map(ParamSpec::name).collect(Collectors.toSet());
        Map<String, List<YamlTree.Node>> axes = new LinkedHashMap<>();
        params.fields().forEach((name, value) -> {
            if (!known.contains(name)) {
                throw params.keys().get(name).error("unknown parameter '" + name + "' of " + method
                        + org.stepplan.core.Nearest.hint(name, known) + "; known: "
                        + spec.params().stream().map(ParamSpec::name).collect(Collectors.joining(", ")));
            }
            axes.put(name, values(name, value));
        });
        long settings = 1;
        for (Map.Entry<String, List<YamlTree.Node>> axis : axes.entrySet()) {
            settings *= axis.getValue().size(); // at most MAX_SETTINGS times a list's length: no overflow
            if (counted[0] + settings > MAX_SETTINGS) {
                count(counted, settings, params.fields().get(axis.getKey()), method);
            }
        }
        count(counted, settings, params, method);
        List<Map<String, String>> out = new ArrayList<>();
        expand(new ArrayList<>(axes.keySet()), axes, 0, new LinkedHashMap<>(), new LinkedHashMap<>(), method,
                params, out);
        return out;
    }

    private static void count(long[] counted, long settings, YamlTree.Node at, String method) {
        if (counted[0] + settings > MAX_SETTINGS) {
            throw at.error("the grid of " + method + " reaches " + settings + " settings here (" + counted[0]
                    + " before it); a spec may have at most " + MAX_SETTINGS + " settings in all");
        }
        counted[0] += settings;
    }

    private static List<YamlTree.Node> values(String name, YamlTree.Node value) {
        if (value.kind() == YamlTree.Kind.SCALAR) {
            return List.of(value);
        }
        value.require(YamlTree.Kind.LIST, name);
        if (value.items().isEmpty()) {
            throw value.error(name + ": an empty list gives no setting");
        }
        for (YamlTree.Node item : value.items()) {
            item.require(YamlTree.Kind.SCALAR, "a value of " + name);
        }
        return value.items();
    }

    /** Every combination, first axis slowest; each setting is checked by configuring the method with it. */
    private static void expand(List<String> names, Map<String, List<YamlTree.Node>> axes, int i,
                               Map<String, String> setting, Map<String, YamlTree.Node> where, String method,
                               YamlTree.Node params, List<Map<String, String>> out) {
        if (i == names.size()) {
            try {
                Methods.configure(method, setting);
            } catch (IllegalArgumentException e) {
                YamlTree.Node at = params;
                for (Map.Entry<String, YamlTree.Node> w : where.entrySet()) {
                    if (e.getMessage().contains(w.getKey())) {
                        at = w.getValue();
                        break;
                    }
                }
                throw at.error(method + ": " + e.getMessage());
            }
            out.add(Collections.unmodifiableMap(new LinkedHashMap<>(setting)));
            return;
        }
        String name = names.get(i);
        for (YamlTree.Node v : axes.get(name)) {
            setting.put(name, v.text());
            where.put(name, v);
            expand(names, axes, i + 1, setting, where, method, params, out);
        }
        setting.remove(name);
        where.remove(name);
    }

    private static long positiveLong(YamlTree.Node n) {
        try {
            long v = org.stepplan.core.Numbers.integer(n.text().replace("_", ""));
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw n.error("max-grad-evals must be an integer >= 1, got '" + n.text() + "'");
    }

    private static double nonNegative(YamlTree.Node n) {
        try {
            double v = org.stepplan.core.Numbers.real(n.text());
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw n.error("target-error must be a finite number >= 0, got '" + n.text() + "'");
    }
}
