package org.stepplan.experiment.compare;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A YAML document read into maps, lists and scalars that remember where they stand in the file, so that every error
 * about the document can name the file, line and column ({@code spec.yaml:3:7: ...}).
 */
final class YamlTree {

    /** The largest spec file read. */
    static final long MAX_BYTES = 1 << 20;

    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    /** An error in a YAML document, with its place. */
    static final class SpecException extends IllegalArgumentException {
        SpecException(Path file, int line, int column, String message) {
            super(file + ":" + line + ":" + column + ": " + message);
        }
    }

    /** What a node holds. */
    enum Kind { MAP, LIST, SCALAR }

    /**
     * A node and its place (1-based line and column).
     *
     * @param kind   map, list or scalar
     * @param text   a scalar's text (null otherwise)
     * @param fields a map's values by key, in document order (empty otherwise)
     * @param keys   a map's keys as nodes (for their places)
     * @param items  a list's items (empty otherwise)
     */
    record Node(Path file, Kind kind, String text, Map<String, Node> fields, Map<String, Node> keys,
                List<Node> items, int line, int column) {

        /** An error at this node. */
        SpecException error(String message) {
            return new SpecException(file, line, column, message);
        }

        /** Fails unless this node is a {@code kind}; {@code what} names it in the message. */
        Node require(Kind k, String what) {
            if (kind != k) {
                throw error(what + " must be a " + k.name().toLowerCase(java.util.Locale.ROOT) + ", found a "
                        + kind.name().toLowerCase(java.util.Locale.ROOT));
            }
            return this;
        }
    }

    private YamlTree() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws SpecException on a syntax error, with its place
     * @throws IOException   when the file cannot be read
     */
    static Node read(Path file) throws IOException {
        String text = text(file);
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new SpecException(file, 1, 1, "the file is empty");
            }
            Node root = node(file, p);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new SpecException(file, at.getLineNr(), at.getColumnNr(), "more than one document");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(file, e);
        }
    }

    /**
     * The file as UTF-8 text: a missing file, a folder, a file over {@link #MAX_BYTES}, bytes that are not UTF-8, or
     * NUL bytes (binary, or UTF-16) are refused naming the file.
     */
    private static String text(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + ": is a folder, not a spec file");
        }
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException(file + ": larger than " + MAX_BYTES + " bytes, too large for a spec");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new SpecException(file, 1, 1, "not UTF-8 text (a binary file, or UTF-16?)");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count();
            throw new SpecException(file, line, 1, "NUL bytes: not a text file (a binary file, or UTF-16?)");
        }
        return text;
    }

    /**
     * A syntax error at the YAML parser's problem mark (the last "line L, column C" of its message, where the
     * parser stopped understanding), with the message's prose lines and none of its source excerpts.
     */
    private static SpecException syntaxError(Path file, JsonProcessingException e) {
        String message = e.getOriginalMessage();
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        Matcher mark = MARK.matcher(message);
        while (mark.find()) {
            line = Integer.parseInt(mark.group(1));
            column = Integer.parseInt(mark.group(2));
        }
        String prose = message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).map(String::strip)
                .collect(Collectors.joining(": "));
        return new SpecException(file, line, column, prose.isEmpty() ? "not valid YAML" : prose);
    }

    private static Node node(Path file, JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new SpecException(file, line, column, "YAML aliases (*" + p.getText() + ") are not supported: write "
                    + "the value out");
        }
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                Map<String, Node> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation k = p.currentTokenLocation();
                    String name = p.currentName();
                    Node key = new Node(file, Kind.SCALAR, name, Map.of(), Map.of(), List.of(), k.getLineNr(),
                            k.getColumnNr());
                    if (keys.containsKey(name)) {
                        throw key.error("duplicate key '" + name + "'");
                    }
                    p.nextToken();
                    keys.put(name, key);
                    fields.put(name, node(file, p));
                }
                return new Node(file, Kind.MAP, null, Collections.unmodifiableMap(fields),
                        Collections.unmodifiableMap(keys), List.of(), line, column);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(file, p));
                }
                return new Node(file, Kind.LIST, null, Map.of(), Map.of(), List.copyOf(items), line, column);
            }
            case VALUE_NULL -> {
                return new Node(file, Kind.SCALAR, "", Map.of(), Map.of(), List.of(), line, column);
            }
            default -> {
                return new Node(file, Kind.SCALAR, p.getText(), Map.of(), Map.of(), List.of(), line, column);
            }
        }
    }
}
