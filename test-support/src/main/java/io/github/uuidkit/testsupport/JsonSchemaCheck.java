package io.github.uuidkit.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: a strict JSON parser (RFC 8259) and a validator for the subset of JSON Schema 2020-12 that
 * {@code uuidkit-doctor-report.schema.json} uses: {@code type} (one or a list), {@code required},
 * {@code properties}, {@code additionalProperties: false}, {@code items}, {@code enum}, {@code const},
 * {@code minimum}, {@code maximum}, {@code maxItems}, {@code $ref} to {@code #/$defs/...}. A keyword it does not know
 * fails the check, so the schema cannot silently outgrow it.
 */
public final class JsonSchemaCheck {

    private static final List<String> KNOWN = List.of("$schema", "$id", "title", "description", "type", "required",
            "properties", "additionalProperties", "items", "enum", "const", "minimum", "maximum", "maxItems", "$ref",
            "$defs");

    private JsonSchemaCheck() {
    }

    /**
     * Parses JSON text: objects become LinkedHashMap, arrays ArrayList, numbers Double or Long, null the {@link #NULL}
     * marker.
     *
     * @param text the JSON text (the whole of it: trailing text is refused)
     * @return the parsed value
     * @throws IllegalArgumentException if the text is not JSON, naming the offset
     */
    public static Object parse(String text) {
        Parser p = new Parser(text);
        Object value = p.value();
        p.ws();
        if (p.i != text.length()) {
            throw new IllegalArgumentException("trailing text at " + p.i);
        }
        return value;
    }

    /** The parsed JSON {@code null}. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /**
     * Reads and parses a JSON schema (or any JSON object) from the class path.
     *
     * @param anchor the class whose package the resource name is relative to
     * @param name the resource name, e.g. {@code uuidkit-doctor-report.schema.json}
     * @return the parsed object
     * @throws IllegalArgumentException if the resource is missing or not a JSON object
     * @throws UncheckedIOException if it cannot be read
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name + " beside " + anchor.getName());
            }
            Object value = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!(value instanceof Map)) {
                throw new IllegalArgumentException(name + " is not a JSON object");
            }
            return (Map<String, Object>) value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a parsed value against a schema of the supported subset.
     *
     * @param value the parsed value ({@link #parse})
     * @param schema the parsed schema
     * @return the violations, each with its JSON path; empty when valid
     */
    @SuppressWarnings("unchecked")
    public static List<String> validate(Object value, Map<String, Object> schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, (Map<String, Object>) schema.get("$defs"), "$", problems);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static void check(Object v, Map<String, Object> s, Map<String, Object> defs, String path,
                              List<String> problems) {
        for (String k : s.keySet()) {
            if (!KNOWN.contains(k)) {
                problems.add(path + ": schema keyword " + k + " not supported by this check");
            }
        }
        if (s.containsKey("$ref")) {
            String ref = (String) s.get("$ref");
            check(v, (Map<String, Object>) defs.get(ref.substring("#/$defs/".length())), defs, path, problems);
            return;
        }
        Object type = s.get("type");
        if (type != null) {
            List<Object> types = type instanceof List ? (List<Object>) type : List.of(type);
            if (types.stream().noneMatch(t -> is(v, (String) t))) {
                problems.add(path + ": expected " + types + ", got " + v);
                return;
            }
        }
        if (s.containsKey("const") && !same(s.get("const"), v)) {
            problems.add(path + ": expected " + s.get("const") + ", got " + v);
        }
        if (s.containsKey("enum") && ((List<Object>) s.get("enum")).stream().noneMatch(e -> same(e, v))) {
            problems.add(path + ": " + v + " not in " + s.get("enum"));
        }
        if (v instanceof Number n) {
            if (s.containsKey("minimum") && n.doubleValue() < ((Number) s.get("minimum")).doubleValue()) {
                problems.add(path + ": " + v + " below minimum");
            }
            if (s.containsKey("maximum") && n.doubleValue() > ((Number) s.get("maximum")).doubleValue()) {
                problems.add(path + ": " + v + " above maximum");
            }
        }
        if (v instanceof Map) {
            Map<String, Object> obj = (Map<String, Object>) v;
            for (Object r : (List<Object>) s.getOrDefault("required", List.of())) {
                if (!obj.containsKey(r)) {
                    problems.add(path + ": missing " + r);
                }
            }
            Map<String, Object> props = (Map<String, Object>) s.getOrDefault("properties", Map.of());
            for (Map.Entry<String, Object> e : obj.entrySet()) {
                if (props.containsKey(e.getKey())) {
                    check(e.getValue(), (Map<String, Object>) props.get(e.getKey()), defs, path + "." + e.getKey(),
                            problems);
                } else if (Boolean.FALSE.equals(s.get("additionalProperties"))) {
                    problems.add(path + ": unexpected property " + e.getKey());
                }
            }
        }
        if (v instanceof List) {
            List<Object> list = (List<Object>) v;
            if (s.containsKey("maxItems") && list.size() > ((Number) s.get("maxItems")).intValue()) {
                problems.add(path + ": more than " + s.get("maxItems") + " items");
            }
            if (s.containsKey("items")) {
                for (int i = 0; i < list.size(); i++) {
                    check(list.get(i), (Map<String, Object>) s.get("items"), defs, path + "[" + i + "]", problems);
                }
            }
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    private static boolean is(Object v, String type) {
        switch (type) {
            case "object":
                return v instanceof Map;
            case "array":
                return v instanceof List;
            case "string":
                return v instanceof String;
            case "integer":
                return v instanceof Long;
            case "number":
                return v instanceof Number;
            case "boolean":
                return v instanceof Boolean;
            case "null":
                return v == NULL;
            default:
                throw new IllegalArgumentException("type " + type);
        }
    }

    private static final class Parser {
        final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        void ws() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        Object value() {
            ws();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    expect(':');
                    if (m.put(k, value()) != null) {
                        throw new IllegalArgumentException("duplicate key " + k);
                    }
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect('}');
                        return m;
                    }
                }
            }
            if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect(']');
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return NULL;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String num = s.substring(start, i);
            if (!num.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                throw new IllegalArgumentException("bad number " + num + " at " + start);
            }
            return num.matches("-?[0-9]+") ? (Object) Long.parseLong(num) : (Object) Double.parseDouble(num);
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw new IllegalArgumentException("raw control character at " + (i - 1));
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 'r': sb.append('\r'); break;
                        case 't': sb.append('\t'); break;
                        case 'b': sb.append('\b'); break;
                        case 'f': sb.append('\f'); break;
                        case 'u': sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                        case '"': case '\\': case '/': sb.append(e); break;
                        default: throw new IllegalArgumentException("bad escape at " + (i - 1));
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + i);
            }
            i++;
        }
    }
}
