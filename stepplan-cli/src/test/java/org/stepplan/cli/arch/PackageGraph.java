package org.stepplan.cli.arch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package dependency graph of Java sources: package P depends on Q when a source file of P names a type of Q (an
 * import, a static import, a wildcard import or a fully qualified name in code; comments and string literals do not
 * count). {@link #cycles()} finds every strongly connected set of packages (Tarjan) and names one cycle through each.
 */
final class PackageGraph {

    /** {@code prefix.a.b.Type} or {@code prefix.a.b.*}: group 1 is the package. */
    private final Pattern reference;
    private final Map<String, Set<String>> edges = new TreeMap<>();

    /** An empty graph of the packages whose names start with {@code prefix} (e.g. {@code org.stepplan}). */
    PackageGraph(String prefix) {
        this.reference = Pattern.compile("\\b(" + Pattern.quote(prefix) + "(?:\\.[a-z_][a-z0-9_]*)*)\\s*\\.\\s*(?:[A-Z]|\\*)");
    }

    /** Adds the edge {@code from -> to} (a self edge only registers the package). */
    PackageGraph add(String from, String to) {
        edges.computeIfAbsent(from, k -> new TreeSet<>());
        edges.computeIfAbsent(to, k -> new TreeSet<>());
        if (!from.equals(to)) {
            edges.get(from).add(to);
        }
        return this;
    }

    /** Adds the package of one source text and every package it names. */
    PackageGraph addSource(String source) {
        String code = stripCommentsAndStrings(source);
        Matcher pkg = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;").matcher(code);
        if (!pkg.find()) {
            return this; // the default package names nothing we scan
        }
        String from = pkg.group(1);
        add(from, from);
        Matcher m = reference.matcher(code.substring(pkg.end()));
        while (m.find()) {
            add(from, m.group(1).replaceAll("\\s", ""));
        }
        return this;
    }

    /** Adds every {@code .java} file under {@code root}. */
    PackageGraph addTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                addSource(Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Every package and the packages it depends on. */
    Map<String, Set<String>> edges() {
        return Collections.unmodifiableMap(edges);
    }

    /**
     * One cycle per strongly connected set of two or more packages, each as the package path that returns to its
     * start ({@code [a, b, a]}); empty when the packages form a DAG.
     */
    List<List<String>> cycles() {
        List<List<String>> out = new ArrayList<>();
        for (Set<String> component : new Tarjan().components()) {
            if (component.size() > 1) {
                out.add(cycleThrough(component));
            }
        }
        return out;
    }

    /** The shortest path from the component's first package back to itself, inside the component. */
    private List<String> cycleThrough(Set<String> component) {
        String start = component.iterator().next();
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            for (String next : edges.get(at)) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String p = at; p != null; p = parent.get(p)) {
                        path.add(0, p);
                    }
                    return path.subList(path.indexOf(start), path.size());
                }
                if (component.contains(next) && !parent.containsKey(next) && !next.equals(start)) {
                    parent.put(next, at);
                    queue.addLast(next);
                }
            }
        }
        throw new AssertionError("no cycle through " + component);
    }

    private final class Tarjan {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        List<Set<String>> components() {
            for (String v : edges.keySet()) {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            }
            return components;
        }

        private void visit(String v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.push(v);
            onStack.add(v);
            for (String w : edges.get(v)) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                Set<String> component = new TreeSet<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                components.add(component);
            }
        }
    }

    /** The source with comments, string, text-block and char literals blanked (line structure kept). */
    static String stripCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < s.length() && s.charAt(i) != c) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
