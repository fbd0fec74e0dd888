package cn.wenzhou.fashion.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Makes the bad requests of an operation from its OpenAPI description: a valid request first, then variants of it
 * that each break one thing: the body's fields by their schema (wrong types, missing, null, empty and huge strings,
 * unicode edge cases, negative and huge numbers, impossible dates, unknown enum values and ids, 10,000-element
 * arrays), the body as a whole (broken JSON, deep nesting, wrong content types, too large), the query parameters by
 * their schema (and parameters of other operations), the path's id (unknown, malformed, of another kind) and the
 * headers. The same seed gives the same requests.
 */
final class BadRequests {

    /** Requests per operation; the run asserts at least 30. */
    static final int PER_OPERATION = 32;
    private static final int HUGE = 100_000;
    private static final int MANY = 10_000;
    private static final int DEEP = 100_000;
    /** Tampered search cursors sent before any other bad query value. */
    private static final int CURSORS_FIRST = 3;
    private static final String JSON = "application/json";
    /** Fields the library assigns or the bureau keeps; a valid request of a user leaves them out. */
    private static final Set<String> LEFT_OUT = Set.of("externalId", "enterpriseExternalId", "version", "creditCode", "voucherProvider",
            "voucherProviderUntil", "settled", "voucherEligible");
    private static final Map<String, String> TEXT_BY_FIELD = Map.of("country", "CN", "phone", "0577-88990011", "email", "bad-input@example.cn",
            "startDate", "2026-03-01", "endDate", "2026-12-31", "q", "鞋底");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json = new ObjectMapper();
    private final Targets targets;
    private final long seed;
    private final String cursor;

    /** {@code cursor}: a real 'next' cursor of the search, to tamper with. */
    BadRequests(Targets targets, long seed, String cursor) {
        this.targets = targets;
        this.seed = seed;
        this.cursor = cursor;
    }

    /** A family of variants and how many of them each round of picking takes. */
    record Family(Iterator<BadRequest> variants, int perRound) {
    }

    /** The valid request, then variants picked from each family in turn, {@code perRound} of each, until there are {@code total}. */
    static List<BadRequest> picked(BadRequest valid, List<Family> families, int total) {
        List<BadRequest> requests = new ArrayList<>(List.of(valid));
        Set<String> labels = new HashSet<>(Set.of(valid.label()));
        while (requests.size() < total && families.stream().anyMatch(family -> family.variants().hasNext())) {
            for (Family family : families) {
                for (int taken = 0; taken < family.perRound() && family.variants().hasNext() && requests.size() < total; taken++) {
                    BadRequest next = family.variants().next();
                    if (labels.add(next.label())) {
                        requests.add(next);
                    }
                }
            }
        }
        return requests;
    }

    /**
     * The valid request, then variants picked from each family in turn (more of the body's fields and of the query
     * than of the rest) until there are {@link #PER_OPERATION}; path values not chosen by a variant go round the real
     * records of the path.
     */
    List<BadRequest> of(ApiOperation operation) {
        Random random = new Random(seed ^ operation.key().hashCode());
        BadRequest valid = valid(operation);
        List<Family> families = List.of(
                new Family(bodyFields(operation, valid, random).iterator(), 3),
                new Family(queryParameters(operation, valid).iterator(), 3),
                new Family(pathValues(operation, valid).iterator(), 2),
                new Family(wholeBodies(operation, valid).iterator(), 1),
                new Family(shuffled(otherParameters(operation, valid), random).iterator(), 1),
                new Family(headers(operation, valid).iterator(), 1));
        List<BadRequest> requests = picked(valid.withLabel("valid request"), families, PER_OPERATION);
        List<String> real = targets.realPathValues(operation);
        boolean idempotent = operation.in("header").stream().anyMatch(header -> header.name().equals("Idempotency-Key"));
        for (int i = 0; i < requests.size(); i++) {
            BadRequest request = requests.get(i);
            if (request.pathValue() == null && operation.pathParameter() != null) {
                request = request.withPathValue(real.get(i % real.size()));
            }
            if (idempotent && !request.headers().containsKey("Idempotency-Key")) {
                request = request.withHeader("Idempotency-Key", "bad-input-key-" + i);
            }
            requests.set(i, request);
        }
        return requests;
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    // --- the valid request ------------------------------------------------------------------------------------------------

    private BadRequest valid(ApiOperation operation) {
        List<String> query = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            if (parameter.name().equals("q")) {
                query.add("q=" + encoded("鞋底"));
            }
        }
        BadRequest request = new BadRequest("valid", null, List.copyOf(query), Map.of(), null, null);
        if (operation.hasJsonBody()) {
            return request.withBody(JSON, bytes(validValue(operation.bodySchema(), "")));
        }
        if (operation.bodyType() != null) {
            return request.withBody(operation.bodyType(), importLine("bad-input-import", "坏输入导入检测所") + "\n");
        }
        return request;
    }

    private JsonNode validValue(JsonNode schema, String field) {
        Object known = targets.validFieldValues().get(field);
        if (known != null) {
            return json.valueToTree(known);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(property -> {
                    if (!LEFT_OUT.contains(property.getKey())) {
                        object.set(property.getKey(), validValue(property.getValue(), property.getKey()));
                    }
                });
                return object;
            }
            case "array" -> {
                return NODES.arrayNode().add(validValue(schema.path("items"), field));
            }
            case "integer" -> {
                long value = Math.max(schema.path("minimum").asLong(1), 1);
                return NODES.numberNode(schema.has("maximum") ? Math.min(value, schema.get("maximum").asLong()) : value);
            }
            case "number" -> {
                return NODES.numberNode(new BigDecimal("1000.00"));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                String format = schema.path("format").asText();
                String text = format.equals("date") ? "2026-06-01"
                        : format.equals("date-time") ? "2026-06-01T08:00:00Z"
                        : TEXT_BY_FIELD.getOrDefault(field, "鞋底防滑检测 slip test");
                int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
                return NODES.textNode(text.length() > max ? text.substring(0, max) : text);
            }
        }
    }

    private static String importLine(String externalId, String name) {
        return """
                {"kind":"institution","externalId":"%s","name":"%s","type":"TESTING_LAB","industries":["FOOTWEAR"],"location":{"country":"CN"}}"""
                .formatted(externalId, name);
    }

    // --- the body's fields, by their schema ---------------------------------------------------------------------------------

    private record Field(List<Object> path, JsonNode schema) {
        String name() {
            StringBuilder name = new StringBuilder();
            for (Object segment : path) {
                name.append(segment instanceof Integer index ? "[" + index + "]" : (name.isEmpty() ? "" : ".") + segment);
            }
            return name.toString();
        }

        String last() {
            Object last = path.get(path.size() - 1);
            return last instanceof String name ? name : "";
        }
    }

    /** One variant per field and kind of bad value, grouped field by field in turn so that every field comes early. */
    private List<BadRequest> bodyFields(ApiOperation operation, BadRequest valid, Random random) {
        if (!operation.hasJsonBody()) {
            return operation.bodyType() == null ? List.of() : shuffled(importBodies(valid), random);
        }
        JsonNode base = read(valid.body());
        List<Field> fields = new ArrayList<>();
        collectFields(operation.bodySchema(), base, List.of(), fields);
        List<List<BadRequest>> byField = new ArrayList<>();
        for (Field field : fields) {
            List<BadRequest> variants = new ArrayList<>();
            for (Map.Entry<String, JsonNode> bad : badValues(field).entrySet()) {
                JsonNode changed = base.deepCopy();
                set(changed, field.path(), bad.getValue());
                variants.add(valid.withLabel("body " + field.name() + " " + bad.getKey()).withBody(JSON, bytes(changed)));
            }
            JsonNode without = base.deepCopy();
            set(without, field.path(), null);
            variants.add(valid.withLabel("body " + field.name() + " missing").withBody(JSON, bytes(without)));
            byField.add(shuffled(variants, random));
        }
        List<BadRequest> interleaved = new ArrayList<>();
        while (byField.stream().anyMatch(variants -> !variants.isEmpty())) {
            for (List<BadRequest> variants : byField) {
                if (!variants.isEmpty()) {
                    interleaved.add(variants.remove(0));
                }
            }
        }
        return interleaved;
    }

    /** Top-level fields, and the fields of objects one level down (location.country, capabilities[0].title). */
    private static void collectFields(JsonNode schema, JsonNode value, List<Object> prefix, List<Field> fields) {
        if (prefix.size() > 2) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            List<Object> path = new ArrayList<>(prefix);
            path.add(property.getKey());
            fields.add(new Field(List.copyOf(path), property.getValue()));
            JsonNode child = value == null ? null : value.get(property.getKey());
            if (child != null && child.isObject() && prefix.isEmpty()) {
                collectFields(property.getValue(), child, path, fields);
            } else if (child != null && child.isArray() && child.size() > 0 && child.get(0).isObject() && prefix.isEmpty()) {
                path.add(0);
                collectFields(property.getValue().path("items"), child.get(0), path, fields);
            }
        }
    }

    /** Bad values for a field, by label, in a fixed order. */
    private Map<String, JsonNode> badValues(Field field) {
        JsonNode schema = field.schema();
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        bad.put("null", NODES.nullNode());
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            String first = schema.get("enum").get(0).asText();
            bad.put("unknown enum value", NODES.textNode("FOO"));
            bad.put("enum value in lower case", NODES.textNode(first.toLowerCase(Locale.ROOT)));
            bad.put("enum value padded", NODES.textNode(" " + first + " "));
            bad.put("enum as ordinal 0", NODES.numberNode(0));
            bad.put("enum as ordinal 99", NODES.numberNode(99));
            bad.put("empty enum value", NODES.textNode(""));
            bad.put("enum with NUL", NODES.textNode(first + "\u0000"));
            bad.put("enum as object", NODES.objectNode().put("name", first));
            return bad;
        }
        switch (type) {
            case "string" -> {
                if (schema.path("format").asText().startsWith("date")) {
                    bad.put("date +999999999-12-31", NODES.textNode("+999999999-12-31"));
                    bad.put("date -999999999-01-01", NODES.textNode("-999999999-01-01"));
                    bad.put("date 2026-02-30", NODES.textNode("2026-02-30"));
                    bad.put("date 2026-13-01", NODES.textNode("2026-13-01"));
                    bad.put("date 0000-01-01", NODES.textNode("0000-01-01"));
                    bad.put("date as number", NODES.numberNode(20260601));
                    bad.put("date as array", NODES.arrayNode().add(2026).add(6).add(1));
                    bad.put("date empty", NODES.textNode(""));
                    bad.put("date with time", NODES.textNode("2026-06-01T25:61:00Z"));
                    return bad;
                }
                int max = schema.path("maxLength").asInt(200);
                bad.put("empty string", NODES.textNode(""));
                bad.put("blank string", NODES.textNode(" \t\n\u3000"));
                bad.put("huge string (100000 chars)", NODES.textNode("a".repeat(HUGE)));
                bad.put("CJK one over maxLength", NODES.textNode("鞋".repeat(Math.min(max, HUGE) + 1)));
                bad.put("emoji at maxLength in UTF-16 units", NODES.textNode("👟".repeat(Math.min(max, HUGE) / 2)));
                bad.put("NUL character", NODES.textNode("鞋\u0000底"));
                bad.put("lone high surrogate", raw("\"鞋\\ud800底\""));
                bad.put("lone low surrogate", raw("\"\\udfff\""));
                bad.put("reversed surrogate pair", raw("\"\\udc00\\ud800\""));
                bad.put("RTL override and BOM", NODES.textNode("\u202E\uFEFF鞋底\u200F\u202C"));
                bad.put("emoji ZWJ sequence", NODES.textNode("👩\u200D👩\u200D👧👟🏽"));
                bad.put("1000 combining marks", NODES.textNode("e" + "\u0301".repeat(1000)));
                bad.put("NFKC-expanding characters", NODES.textNode("\uFDFA".repeat(Math.min(max, 2000))));
                bad.put("line and paragraph separators", NODES.textNode("\u2028\u2029\r\n"));
                bad.put("noncharacters", NODES.textNode("\uFFFF\uFFFE"));
                bad.put("markup", NODES.textNode("<script>alert(1)</script>&amp;'\"%s${x}"));
                bad.put("number instead of text", NODES.numberNode(123));
                bad.put("object instead of text", NODES.objectNode().put("a", 1));
                bad.put("array instead of text", NODES.arrayNode().add("鞋底"));
                bad.put("boolean instead of text", NODES.booleanNode(true));
                return bad;
            }
            case "integer", "number" -> {
                if (field.last().endsWith("Id")) {
                    bad.put("unknown id 999999999", NODES.numberNode(999_999_999L));
                    bad.put("id of another kind", NODES.numberNode(Long.parseLong(targets.otherKindsId(""))));
                }
                bad.put("-1", NODES.numberNode(-1));
                bad.put("0", NODES.numberNode(0));
                bad.put("Long.MAX_VALUE", NODES.numberNode(Long.MAX_VALUE));
                bad.put("Long.MIN_VALUE", NODES.numberNode(Long.MIN_VALUE));
                bad.put("2147483648", NODES.numberNode(2_147_483_648L));
                bad.put("1e309", raw("1e309"));
                bad.put("-1e309", raw("-1e309"));
                bad.put("1e-400", raw("1e-400"));
                bad.put("30-digit integer", raw("123456789012345678901234567890"));
                bad.put("fraction 0.001", raw("0.001"));
                bad.put("fraction 1.5", raw("1.5"));
                bad.put("-0.0", raw("-0.0"));
                bad.put("NaN", raw("NaN"));
                bad.put("number as text", NODES.textNode("12"));
                bad.put("text instead of number", NODES.textNode("abc"));
                bad.put("boolean instead of number", NODES.booleanNode(true));
                bad.put("array instead of number", NODES.arrayNode().add(1));
                return bad;
            }
            case "boolean" -> {
                bad.put("text yes", NODES.textNode("yes"));
                bad.put("number 1", NODES.numberNode(1));
                bad.put("text true", NODES.textNode("true"));
                bad.put("array instead of boolean", NODES.arrayNode());
                return bad;
            }
            case "array" -> {
                JsonNode item = validValue(schema.path("items"), field.last());
                bad.put("empty array", NODES.arrayNode());
                bad.put("10000 elements", repeated(item.isObject() ? NODES.objectNode() : item, MANY));
                bad.put("10000 valid elements", repeated(item, MANY));
                bad.put("null element", NODES.arrayNode().add(item).addNull());
                bad.put("nested array", NODES.arrayNode().add(NODES.arrayNode().add(item)));
                bad.put("text instead of array", NODES.textNode("FOOTWEAR"));
                bad.put("object instead of array", NODES.objectNode().set("0", item));
                bad.put("mixed element types", NODES.arrayNode().add(item).add(1).add(true).add(NODES.objectNode()));
                bad.put("duplicate elements", NODES.arrayNode().add(item).add(item).add(item));
                return bad;
            }
            default -> {
                bad.put("empty object", NODES.objectNode());
                bad.put("array instead of object", NODES.arrayNode());
                bad.put("text instead of object", NODES.textNode("CN"));
                bad.put("nested too deeply", raw("[".repeat(DEEP) + "]".repeat(DEEP)));
                return bad;
            }
        }
    }

    /** Sets the value at the path, creating nothing; null removes the field. */
    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (Object segment : path.subList(0, path.size() - 1)) {
            parent = segment instanceof Integer index ? parent.get(index) : parent.get((String) segment);
            if (parent == null) {
                return;
            }
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
    }

    /** Lines of a bulk import: valid, broken, huge, many, and with the unicode edge cases. */
    private List<BadRequest> importBodies(BadRequest valid) {
        String type = valid.contentType();
        List<BadRequest> bodies = new ArrayList<>();
        Consumer<String[]> add = labelAndBody -> bodies.add(valid.withLabel("import " + labelAndBody[0]).withBody(type, labelAndBody[1]));
        add.accept(new String[] {"empty object line", "{}\n"});
        add.accept(new String[] {"null line", "null\n"});
        add.accept(new String[] {"array line", "[]\n"});
        add.accept(new String[] {"unknown kind", "{\"kind\":\"FOO\",\"name\":\"x\"}\n"});
        add.accept(new String[] {"broken line", "{\"kind\":\"institution\",\n"});
        add.accept(new String[] {"10000 lines", "{}\n".repeat(MANY)});
        add.accept(new String[] {"huge line", importLine("bad-input-huge", "a".repeat(HUGE)) + "\n"});
        add.accept(new String[] {"NUL in a name", importLine("bad-input-nul", "检测\\u0000所") + "\n"});
        add.accept(new String[] {"lone surrogate in a name", importLine("bad-input-surrogate", "检测\\ud800所") + "\n"});
        add.accept(new String[] {"deeply nested line", "{\"kind\":\"institution\",\"x\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}\n"});
        add.accept(new String[] {"only blank lines", "\n\r\n \n"});
        add.accept(new String[] {"CRLF line ends", importLine("bad-input-crlf", "坏输入换行所") + "\r\n" + importLine("bad-input-crlf", "x") + "\r\n"});
        add.accept(new String[] {"huge external id", importLine("x".repeat(HUGE), "坏输入长编号所") + "\n"});
        add.accept(new String[] {"RTL and emoji name", importLine("bad-input-rtl", "\u202E👟检测所\u200F") + "\n"});
        add.accept(new String[] {"10000 industries", importLine("bad-input-industries", "坏输入行业所")
                .replace("[\"FOOTWEAR\"]", "[" + String.join(",", Collections.nCopies(MANY, "\"FOOTWEAR\"")) + "]") + "\n"});
        add.accept(new String[] {"registration until +999999999-12-31", importLine("bad-input-until", "坏输入登记所")
                .replace("\"type\"", "\"voucherProvider\":true,\"voucherProviderUntil\":\"+999999999-12-31\",\"type\"") + "\n"});
        add.accept(new String[] {"need of an unknown enterprise", "{\"kind\":\"need\",\"externalId\":\"bad-input-need\",\"enterpriseExternalId\":\"nobody\","
                + "\"title\":\"鞋底\",\"industries\":[\"FOOTWEAR\"]}\n"});
        add.accept(new String[] {"wrong types", "{\"kind\":\"institution\",\"externalId\":1,\"name\":[],\"industries\":\"FOOTWEAR\",\"location\":7}\n"});
        ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
        invalidUtf8.writeBytes(importLine("bad-input-bytes", "检测").getBytes(StandardCharsets.UTF_8));
        invalidUtf8.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28, '\n'});
        bodies.add(valid.withLabel("import invalid UTF-8 bytes").withBody(type, invalidUtf8.toByteArray()));
        return bodies;
    }

    // --- the body as a whole ------------------------------------------------------------------------------------------------

    private List<BadRequest> wholeBodies(ApiOperation operation, BadRequest valid) {
        String text = valid.body() == null ? "{\"name\":\"鞋底\"}" : new String(valid.body(), StandardCharsets.UTF_8);
        List<BadRequest> bodies = new ArrayList<>();
        bodies.add(valid.withLabel("JSON cut in the middle").withBody(JSON, text.substring(0, text.length() / 2)));
        bodies.add(valid.withLabel("JSON with trailing garbage").withBody(JSON, text + "}]x"));
        bodies.add(valid.withLabel("empty body").withBody(JSON, new byte[0]));
        bodies.add(valid.withLabel("JSON null").withBody(JSON, "null"));
        bodies.add(valid.withLabel("JSON array").withBody(JSON, "[" + text + "]"));
        bodies.add(valid.withLabel("JSON string").withBody(JSON, "\"鞋底\""));
        bodies.add(valid.withLabel("nested 100000 deep").withBody(JSON, "[".repeat(DEEP) + "]".repeat(DEEP)));
        bodies.add(valid.withLabel("object nested 100000 deep").withBody(JSON, "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        bodies.add(valid.withLabel("body of 1.2 MB").withBody(JSON, "{\"padding\":\"" + "a".repeat(1_200_000) + "\"}"));
        bodies.add(valid.withLabel("10000 unknown fields").withBody(JSON, manyFields()));
        bodies.add(valid.withLabel("unknown field").withBody(JSON, text.startsWith("{") ? "{\"zzUnknown\":{\"x\":[1,2]}," + text.substring(1) : text));
        bodies.add(valid.withLabel("duplicate keys").withBody(JSON, text.startsWith("{") && text.length() > 2 ? "{\"zz\":1,\"zz\":\"x\"," + text.substring(1) : text));
        bodies.add(valid.withLabel("JSON with comments").withBody(JSON, "/* c */" + text + "// c"));
        bodies.add(valid.withLabel("single-quoted JSON").withBody(JSON, text.replace('"', '\'')));
        bodies.add(valid.withLabel("UTF-16 body").withBody(JSON, text.getBytes(StandardCharsets.UTF_16)));
        bodies.add(valid.withLabel("byte order mark").withBody(JSON, "\uFEFF" + text));
        bodies.add(valid.withLabel("invalid UTF-8 bytes").withBody(JSON, invalidUtf8(text)));
        bodies.add(valid.withLabel("charset ISO-8859-1 declared").withBody(JSON + "; charset=ISO-8859-1", text));
        bodies.add(valid.withLabel("unknown charset declared").withBody(JSON + "; charset=x-nothing", text));
        bodies.add(valid.withLabel("text/plain content type").withBody("text/plain", text));
        bodies.add(valid.withLabel("XML body").withBody("application/xml", "<need><title>鞋底</title></need>"));
        bodies.add(valid.withLabel("form body").withBody("application/x-www-form-urlencoded", "title=%E9%9E%8B&x=%00"));
        bodies.add(valid.withLabel("malformed content type").withBody("json;;;=", text));
        bodies.add(valid.withLabel("no content type").withBody(null, text));
        bodies.add(valid.withLabel("gzip declared, plain sent").withHeader("Content-Encoding", "gzip"));
        if (operation.bodyType() != null && !operation.hasJsonBody()) {
            bodies.add(valid.withLabel("JSON content type on a text body").withBody(JSON, text));
        }
        return bodies;
    }

    private static String manyFields() {
        StringBuilder fields = new StringBuilder("{");
        for (int i = 0; i < MANY; i++) {
            fields.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }
        return fields.append('}').toString();
    }

    private static byte[] invalidUtf8(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int quote = text.indexOf("\":\"");
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (quote < 0) {
            bytes.writeBytes(utf8);
            bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
            return bytes.toByteArray();
        }
        int at = text.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8).length;
        bytes.write(utf8, 0, at);
        bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        bytes.write(utf8, at, utf8.length - at);
        return bytes.toByteArray();
    }

    // --- query, path and headers ------------------------------------------------------------------------------------------------

    /** Bad values of each declared query parameter, by its schema (tampered cursors for 'after'), parameter by parameter in turn. */
    private List<BadRequest> queryParameters(ApiOperation operation, BadRequest valid) {
        List<BadRequest> requests = new ArrayList<>();
        List<String> names = operation.in("query").stream().map(ApiOperation.Parameter::name).toList();
        if (names.contains("page") && names.contains("size")) {
            requests.add(valid.withLabel("page=2147483647&size=100").withQuery("page=2147483647").withQuery("size=100"));
        }
        List<List<BadRequest>> byParameter = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            List<BadRequest> variants = new ArrayList<>();
            if (parameter.name().equals("after")) {
                tamperedCursors().forEach((label, tampered) -> variants.add(valid.withLabel("query after " + label)
                        .withQuery("after=" + encoded(tampered))));
                // The cursors that decode and reach Elasticsearch come first, ahead of every other parameter.
                requests.addAll(variants.subList(0, CURSORS_FIRST));
                variants.subList(0, CURSORS_FIRST).clear();
            }
            for (Map.Entry<String, String> bad : badQueryValues(parameter.schema()).entrySet()) {
                variants.add(valid.withoutQuery(parameter.name()).withLabel("query " + parameter.name() + " " + bad.getKey())
                        .withQuery(parameter.name() + "=" + bad.getValue()));
            }
            variants.add(valid.withLabel("query " + parameter.name() + " repeated").withQuery(parameter.name() + "=1")
                    .withQuery(parameter.name() + "=FOO"));
            byParameter.add(variants);
        }
        while (byParameter.stream().anyMatch(variants -> !variants.isEmpty())) {
            for (List<BadRequest> variants : byParameter) {
                if (!variants.isEmpty()) {
                    requests.add(variants.remove(0));
                }
            }
        }
        return requests;
    }

    /** Bad values of a query parameter (or of a page form's field), percent-encoded, by label. */
    static Map<String, String> badQueryValues(JsonNode schema) {
        Map<String, String> bad = new LinkedHashMap<>();
        if (schema.has("enum")) {
            String first = schema.get("enum").get(0).asText();
            bad.put("unknown enum value", "FOO");
            bad.put("enum value in lower case", first.toLowerCase(Locale.ROOT));
            bad.put("empty", "");
            bad.put("enum value with NUL", first + "%00");
            bad.put("two values", first + "," + first);
            bad.put("ordinal", "1");
            return bad;
        }
        switch (schema.path("type").asText()) {
            case "integer", "number" -> {
                bad.put("-1", "-1");
                bad.put("2147483647", "2147483647");
                bad.put("2147483648", "2147483648");
                bad.put("Long.MAX_VALUE", String.valueOf(Long.MAX_VALUE));
                bad.put("30 digits", "123456789012345678901234567890");
                bad.put("1e309", "1e309");
                bad.put("text", "abc");
                bad.put("empty", "");
                bad.put("fraction", "1.5");
                bad.put("full-width digits", encoded("１２"));
                bad.put("hex", "0x10");
                bad.put("0", "0");
            }
            case "boolean" -> {
                bad.put("text maybe", "maybe");
                bad.put("empty", "");
                bad.put("upper case", "TRUE");
                bad.put("number 1", "1");
            }
            default -> {
                bad.put("empty", "");
                bad.put("huge (100000 chars)", "a".repeat(HUGE));
                bad.put("NUL", "a%00b");
                bad.put("lone surrogate (CESU bytes)", "%ED%A0%80");
                bad.put("invalid UTF-8", "%FF%FE%C3%28");
                bad.put("RTL override", encoded("\u202E鞋底"));
                bad.put("emoji", encoded("👟👩\u200D👩\u200D👧"));
                bad.put("combining marks", encoded("e" + "\u0301".repeat(200)));
                bad.put("markup", encoded("<script>alert(1)</script>"));
                bad.put("query syntax", encoded("\"鞋底 AND (x OR *:*)~ [1 TO 2] \\"));
                bad.put("unknown format", "xml");
            }
        }
        return bad;
    }

    /** Cursors that are not ones the search gave out: garbled, of another sort, with values of the wrong type. */
    private Map<String, String> tamperedCursors() {
        Map<String, String> cursors = new LinkedHashMap<>();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String real = cursor == null ? base64.encodeToString("{\"sort\":\"RELEVANCE\",\"values\":[1.5,7]}".getBytes(StandardCharsets.UTF_8))
                : cursor;
        for (String values : List.of("[\"abc\",{\"x\":1}]", "[1e309,-1]", "[\"鞋底\",\"x\"]", "[null,null]", "[[1],[2]]",
                "[9223372036854775807,9223372036854775807]", "[true,false]")) {
            cursors.put("values " + values, base64.encodeToString(("{\"sort\":\"RELEVANCE\",\"values\":" + values + "}").getBytes(StandardCharsets.UTF_8)));
        }
        cursors.put("with a changed character", real.substring(0, real.length() / 2) + (real.charAt(real.length() / 2) == 'A' ? 'B' : 'A')
                + real.substring(real.length() / 2 + 1));
        cursors.put("cut short", real.substring(0, real.length() / 2));
        cursors.put("not base64", "!!!***");
        cursors.put("base64 of text", base64.encodeToString("鞋底".getBytes(StandardCharsets.UTF_8)));
        cursors.put("of another sort", base64.encodeToString("{\"sort\":\"NAME\",\"values\":[\"a\",1]}".getBytes(StandardCharsets.UTF_8)));
        cursors.put("unknown sort", base64.encodeToString("{\"sort\":\"FOO\",\"values\":[1,2]}".getBytes(StandardCharsets.UTF_8)));
        cursors.put("huge", base64.encodeToString(("{\"sort\":\"RELEVANCE\",\"values\":[\"" + "a".repeat(50_000) + "\",1]}")
                .getBytes(StandardCharsets.UTF_8)));
        return cursors;
    }

    /** Parameters of other operations, and unknown ones, with bad values: an operation should ignore or refuse them. */
    private static List<BadRequest> otherParameters(ApiOperation operation, BadRequest valid) {
        List<String> declared = operation.parameters().stream().map(ApiOperation.Parameter::name).toList();
        List<String> pairs = List.of("page=-1", "size=abc", "limit=99999999999", "status=FOO", "sort=FOO", "kind=FOO", "industry=FOO",
                "after=!!!", "q=" + "a".repeat(HUGE), "format=%00", "version=abc", "overwriteOwned=maybe", "zzUnknown=" + encoded("\u202E👟"), "=x");
        return pairs.stream()
                .filter(pair -> !declared.contains(pair.substring(0, pair.indexOf('='))))
                .map(pair -> valid.withLabel("extra query " + (pair.length() > 24 ? pair.substring(0, 24) + "…" : pair)).withQuery(pair))
                .toList();
    }

    /** The path's parameter: every real value, then unknown and malformed ones. */
    private List<BadRequest> pathValues(ApiOperation operation, BadRequest valid) {
        ApiOperation.Parameter parameter = operation.pathParameter();
        if (parameter == null) {
            return List.of();
        }
        List<BadRequest> requests = new ArrayList<>();
        for (String real : targets.realPathValues(operation)) {
            requests.add(valid.withLabel("path real " + real).withPathValue(real));
        }
        Map<String, String> bad = new LinkedHashMap<>();
        if (parameter.schema().path("type").asText().equals("integer")) {
            bad.put("id of another kind", targets.otherKindsId(operation.path()));
            bad.put("unknown id Long.MAX_VALUE", String.valueOf(Long.MAX_VALUE));
            bad.put("unknown id 999999999", "999999999");
            bad.put("id 0", "0");
            bad.put("id -1", "-1");
            bad.put("id over Long.MAX_VALUE", "9223372036854775808");
            bad.put("id of 1000 digits", "9".repeat(1000));
            bad.put("id text", "abc");
            bad.put("id fraction", "1.5");
            bad.put("id full-width digit", encoded("１"));
            bad.put("id with NUL", "1%00");
            bad.put("id with exponent", "1e3");
        } else {
            bad.put("unknown subject", "nobody-" + seed);
            bad.put("own subject", targets.admin);
            bad.put("subject of 10000 chars", "s".repeat(10_000));
            bad.put("subject with NUL", "a%00b");
            bad.put("subject RTL and emoji", encoded("\u202E👟"));
            bad.put("subject lone surrogate (CESU bytes)", "%ED%A0%80");
            bad.put("subject encoded slash", "a%2Fb");
            bad.put("subject dot-dot", "..");
        }
        bad.forEach((label, value) -> requests.add(valid.withLabel("path " + label).withPathValue(value)));
        return requests;
    }

    /** The declared headers with bad values. */
    private static List<BadRequest> headers(ApiOperation operation, BadRequest valid) {
        List<BadRequest> requests = new ArrayList<>();
        for (ApiOperation.Parameter header : operation.in("header")) {
            requests.add(valid.withLabel("header " + header.name() + " empty").withHeader(header.name(), ""));
            requests.add(valid.withLabel("header " + header.name() + " of 10000 chars").withHeader(header.name(), "k".repeat(10_000)));
            requests.add(valid.withLabel("header " + header.name() + " reused with another body").withHeader(header.name(), "bad-input-reused"));
            requests.add(valid.withLabel("header " + header.name() + " of control and quote characters").withHeader(header.name(), "\t'\"; DROP"));
        }
        return requests;
    }

    // --- helpers ------------------------------------------------------------------------------------------------------------------

    private static ArrayNode repeated(JsonNode item, int times) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < times; i++) {
            array.add(item);
        }
        return array;
    }

    private static JsonNode raw(String json) {
        return NODES.rawValueNode(new RawValue(json));
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
