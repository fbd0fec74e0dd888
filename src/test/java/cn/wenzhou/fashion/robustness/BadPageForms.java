package cn.wenzhou.fashion.robustness;

import static cn.wenzhou.fashion.robustness.BadRequests.encoded;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes the bad posts of a page form: the form as a browser posts it from the page (its fields, the CSRF field and
 * cookie), then variants that each break one thing: a field (missing, duplicated, empty, huge and beyond the 1 MB
 * limit of a form attribute, the unicode edge cases, broken percent-encoding, markup, letters in numbers, huge and
 * negative numbers, impossible dates, unknown codes), an unknown field, the form as a whole (no body, broken
 * encoding, JSON, another content type, 10,000 fields), the CSRF token (missing, wrong, without its cookie), the path's
 * id (unknown, malformed, of another kind) and the query. The upload of the import form is a multipart body with
 * variants of its own. The same seed gives the same posts.
 */
final class BadPageForms {

    /** Posts per route; the run asserts at least 30. */
    static final int PER_ROUTE = 32;
    /** The field and the cookie of quarkus-rest-csrf (its defaults). */
    static final String CSRF = "csrf-token";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String BOUNDARY = "bad-page-form-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
    private static final int HUGE = 100_000;
    /** One character more than {@code quarkus.http.limits.max-form-attribute-size=1M}. */
    private static final int BEYOND_LIMIT = 1024 * 1024 + 1;
    private static final int MANY = 10_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Targets targets;
    private final long seed;
    private final String token;

    /** {@code token}: a CSRF token that a page gave out, sent back as its cookie and its field. */
    BadPageForms(Targets targets, long seed, String token) {
        this.targets = targets;
        this.seed = seed;
        this.token = token;
    }

    /** A field as posted: its name and its percent-encoded value. */
    private record Pair(String name, String value) {
        @Override
        public String toString() {
            return name + "=" + value;
        }
    }

    /** The valid post, then variants picked from each family in turn (more of the fields) until there are {@link #PER_ROUTE}. */
    List<BadRequest> of(ApiOperation route) {
        Random random = new Random(seed ^ route.key().hashCode());
        List<BadRequest> requests = new ArrayList<>();
        if (route.key().equals(PageForms.IMPORT)) {
            requests.addAll(uploads());
        } else {
            List<Pair> valid = valid(PageForms.of(route, targets));
            BadRequest post = form("valid request", valid);
            List<BadRequests.Family> families = List.of(new BadRequests.Family(fields(route, valid, random).iterator(), 3),
                    new BadRequests.Family(unknownFields(valid).iterator(), 1), new BadRequests.Family(wholeForms(valid).iterator(), 1),
                    new BadRequests.Family(csrf(valid).iterator(), 1), new BadRequests.Family(pathValues(route, post).iterator(), 1),
                    new BadRequests.Family(query(route, post).iterator(), 1));
            requests.addAll(BadRequests.picked(post, families, PER_ROUTE));
        }
        List<String> real = targets.realPathValues(route);
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).pathValue() == null && route.pathParameter() != null) {
                requests.set(i, requests.get(i).withPathValue(real.get(i % real.size())));
            }
        }
        return requests;
    }

    private List<Pair> valid(List<PageForms.Field> fields) {
        List<Pair> pairs = new ArrayList<>();
        pairs.add(new Pair(CSRF, token));
        fields.forEach(field -> pairs.add(new Pair(field.name(), encoded(field.valid()))));
        return pairs;
    }

    private BadRequest form(String label, List<Pair> pairs) {
        return new BadRequest(label, null, List.of(), Map.of("Cookie", CSRF + "=" + token), FORM,
                pairs.stream().map(Pair::toString).collect(Collectors.joining("&")).getBytes(StandardCharsets.US_ASCII));
    }

    // --- the fields ---------------------------------------------------------------------------------------------------------------

    /** Every field's bad values, field by field in turn, each field's in a seeded order. */
    private List<BadRequest> fields(ApiOperation route, List<Pair> valid, Random random) {
        List<List<BadRequest>> byField = new ArrayList<>();
        for (PageForms.Field field : PageForms.of(route, targets)) {
            List<BadRequest> variants = new ArrayList<>();
            badValues(field).forEach((label, value) -> variants.add(form("field " + field.name() + " " + label, replaced(valid, field.name(), value))));
            variants.add(form("field " + field.name() + " missing", without(valid, field.name())));
            variants.add(form("field " + field.name() + " duplicated", added(valid, new Pair(field.name(), "FOO"))));
            Collections.shuffle(variants, random);
            byField.add(variants);
        }
        List<BadRequest> interleaved = new ArrayList<>();
        while (byField.stream().anyMatch(variants -> !variants.isEmpty())) {
            byField.stream().filter(variants -> !variants.isEmpty()).forEach(variants -> interleaved.add(variants.remove(0)));
        }
        return interleaved;
    }

    /** The bad values of a field of this kind, percent-encoded: those of a query parameter of its type, and the form's own. */
    private Map<String, String> badValues(PageForms.Field field) {
        ObjectNode schema = NODES.objectNode();
        switch (field.kind()) {
            case TEXT, DATE -> schema.put("type", "string");
            case WHOLE_NUMBER, ID -> schema.put("type", "integer");
            case DECIMAL -> schema.put("type", "number");
            case CODE -> schema.put("type", "string").putArray("enum").add(field.valid());
            case CHECKBOX -> schema.put("type", "boolean");
        }
        Map<String, String> bad = new LinkedHashMap<>(BadRequests.badQueryValues(schema));
        bad.put("beyond the 1 MB form attribute limit", "a".repeat(BEYOND_LIMIT));
        bad.put("attribute breakout", encoded("\"><img src=x onerror=alert(1)>'"));
        bad.put("truncated percent-encoding", "%E9%9E");
        bad.put("malformed percent-encoding", "%ZZ%");
        switch (field.kind()) {
            case DATE -> {
                bad.put("date 2026-02-30", "2026-02-30");
                bad.put("date 2026-13-01", "2026-13-01");
                bad.put("date +999999999-12-31", "%2B999999999-12-31");
                bad.put("date -999999999-01-01", "-999999999-01-01");
                bad.put("date 0000-01-01", "0000-01-01");
                bad.put("date 20260601", "20260601");
            }
            case ID -> {
                bad.put("unknown id 999999999", "999999999");
                bad.put("id of another kind", targets.otherKindsId(field.name().equals("enterpriseId") ? "/api/needs/" : ""));
            }
            case DECIMAL -> {
                bad.put("1E+999999999", "1E%2B999999999");
                bad.put("-1E+999999999", "-1E%2B999999999");
                bad.put("NaN", "NaN");
            }
            case TEXT -> bad.put("blank", encoded(" \t\n\u3000"));
            default -> {
            }
        }
        return bad;
    }

    /** A field the form does not have, with every bad value of a text field; an unknown field named with markup, without a name, 10,000 of them. */
    private List<BadRequest> unknownFields(List<Pair> valid) {
        List<BadRequest> forms = new ArrayList<>();
        forms.add(form("unknown field named with markup and unicode", added(valid, new Pair(encoded("<bad-markup>\u202E👟\u0000"), "x"))));
        forms.add(form("field without a name", added(valid, new Pair("", "x"))));
        List<Pair> many = new ArrayList<>(valid);
        for (int i = 0; i < MANY; i++) {
            many.add(new Pair("f" + i, String.valueOf(i)));
        }
        forms.add(form("10000 unknown fields", many));
        badValues(new PageForms.Field("zzUnknown", PageForms.Kind.TEXT, "")).forEach((label, value) ->
                forms.add(form("unknown field " + label, added(valid, new Pair("zzUnknown", value)))));
        return forms;
    }

    /** The form as a whole: no body, broken encodings, other content types. */
    private List<BadRequest> wholeForms(List<Pair> valid) {
        BadRequest post = form("", valid);
        String text = new String(post.body(), StandardCharsets.US_ASCII);
        List<BadRequest> forms = new ArrayList<>();
        forms.add(post.withLabel("no body").withBody(FORM, new byte[0]));
        forms.add(post.withLabel("a lone percent sign").withBody(FORM, text + "&%"));
        forms.add(post.withLabel("pairs without '='").withBody(FORM, text + "&&&x&=&"));
        forms.add(post.withLabel("raw bytes of invalid UTF-8").withBody(FORM, withBytes(text + "&zz=", new byte[] {(byte) 0xFF, (byte) 0xC3, 0x28})));
        forms.add(post.withLabel("charset ISO-8859-1 declared").withBody(FORM + "; charset=ISO-8859-1", text));
        forms.add(post.withLabel("unknown charset declared").withBody(FORM + "; charset=x-nothing", text));
        forms.add(post.withLabel("JSON body").withBody("application/json", "{\"" + CSRF + "\":\"" + token + "\",\"reason\":\"鞋底\"}"));
        forms.add(post.withLabel("text/plain body").withBody("text/plain", text));
        forms.add(post.withLabel("multipart body").withBody(MULTIPART, multipart(valid.stream()
                .map(pair -> new Part(pair.name(), null, URLDecoder.decode(pair.value(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)))
                .toList(), true)));
        forms.add(post.withLabel("no content type").withBody(null, text));
        forms.add(post.withLabel("gzip declared, plain sent").withHeader("Content-Encoding", "gzip"));
        return forms;
    }

    /** The CSRF field and cookie: missing, wrong, apart from each other, in the header instead. */
    private List<BadRequest> csrf(List<Pair> valid) {
        List<BadRequest> forms = new ArrayList<>();
        forms.add(form("CSRF field missing", without(valid, CSRF)));
        forms.add(form("CSRF field wrong", replaced(valid, CSRF, "bad-page-form-token")));
        forms.add(form("CSRF cookie missing", valid).withHeader("Cookie", "other=1"));
        forms.add(form("CSRF token in the header only", without(valid, CSRF)).withHeader("X-CSRF-TOKEN", token));
        forms.add(form("CSRF field and cookie of 10000 chars, equal", replaced(valid, CSRF, "t".repeat(MANY)))
                .withHeader("Cookie", CSRF + "=" + "t".repeat(MANY)));
        forms.add(form("CSRF field duplicated with a wrong one", added(valid, new Pair(CSRF, "bad-page-form-token"))));
        return forms;
    }

    /** The path's id: unknown, malformed, of another kind (the real ones come round on the other posts). */
    private List<BadRequest> pathValues(ApiOperation route, BadRequest post) {
        if (route.pathParameter() == null) {
            return List.of();
        }
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("id of another kind", targets.otherKindsId(route.path()));
        bad.put("unknown id 999999999", "999999999");
        bad.put("id -1", "-1");
        bad.put("id over Long.MAX_VALUE", "9223372036854775808");
        bad.put("id text", "abc");
        bad.put("id of 1000 digits", "9".repeat(1000));
        bad.put("id with NUL", "1%00");
        bad.put("id lone surrogate (CESU bytes)", "%ED%A0%80");
        List<BadRequest> requests = new ArrayList<>();
        bad.forEach((label, value) -> requests.add(post.withLabel("path " + label).withPathValue(value)));
        return requests;
    }

    /** The route's query parameters (the language of the answer) with bad values, and unknown ones. */
    private static List<BadRequest> query(ApiOperation route, BadRequest post) {
        List<BadRequest> requests = new ArrayList<>();
        for (ApiOperation.Parameter parameter : route.in("query")) {
            BadRequests.badQueryValues(parameter.schema()).forEach((label, value) ->
                    requests.add(post.withLabel("query " + parameter.name() + " " + label).withQuery(parameter.name() + "=" + value)));
        }
        requests.add(post.withLabel("extra query of markup").withQuery("zz=" + encoded("<script>alert(1)</script>")));
        return requests;
    }

    private static List<Pair> replaced(List<Pair> pairs, String name, String value) {
        return pairs.stream().map(pair -> pair.name().equals(name) ? new Pair(name, value) : pair).toList();
    }

    private static List<Pair> without(List<Pair> pairs, String name) {
        return pairs.stream().filter(pair -> !pair.name().equals(name)).toList();
    }

    private static List<Pair> added(List<Pair> pairs, Pair pair) {
        List<Pair> all = new ArrayList<>(pairs);
        all.add(pair);
        return all;
    }

    private static byte[] withBytes(String text, byte[] bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(bytes);
        return body.toByteArray();
    }

    // --- the import's upload -----------------------------------------------------------------------------------------------------

    /** A part of a multipart body: a field (no file name) or a file. */
    private record Part(String name, String filename, byte[] content) {
    }

    private static byte[] multipart(List<Part> parts, boolean closed) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"\r\nContent-Type: application/x-ndjson") + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (closed) {
            body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return body.toByteArray();
    }

    private static String line(String externalId, String name) {
        return """
                {"kind":"institution","externalId":"%s","name":"%s","type":"TESTING_LAB","industries":["FOOTWEAR"],"location":{"country":"CN"}}
                """.formatted(externalId, name);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The import form's upload: the file's content, its parts, the checkbox, the CSRF field and the body as a whole. */
    private List<BadRequest> uploads() {
        Part csrf = new Part(CSRF, null, utf8(token));
        Part file = new Part("file", "library.ndjson", utf8(line("bad-page-form-import", "坏表单导入检测所")));
        Map<String, List<Part>> bodies = new LinkedHashMap<>();
        bodies.put("valid request", List.of(csrf, file));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty file", new byte[0]);
        files.put("only blank lines", utf8("\n\r\n \n"));
        files.put("broken line", utf8("{\"kind\":\"institution\",\n"));
        files.put("10000 empty objects", utf8("{}\n".repeat(MANY)));
        files.put("huge name", utf8(line("bad-page-form-huge", "a".repeat(HUGE))));
        files.put("NUL in a name", utf8(line("bad-page-form-nul", "检测\\u0000所")));
        files.put("lone surrogate in a name", utf8(line("bad-page-form-surrogate", "检测\\ud800所")));
        files.put("markup in a name", utf8(line("bad-page-form-markup", "<script>alert(1)</script>")));
        files.put("RTL and emoji in a name", utf8(line("bad-page-form-rtl", "\u202E👟检测所\u200F")));
        files.put("CRLF line ends", utf8(line("bad-page-form-crlf", "坏表单换行所").replace("\n", "\r\n")));
        files.put("JSON array instead of lines", utf8("[" + line("bad-page-form-array", "x").strip() + "]"));
        files.put("invalid UTF-8 bytes", withBytes("{\"kind\":\"institution\",\"name\":\"", new byte[] {(byte) 0xFF, (byte) 0xFE, '"', '}', '\n'}));
        files.forEach((label, content) -> bodies.put("file " + label, List.of(csrf, new Part("file", "library.ndjson", content))));
        bodies.put("no file", List.of(csrf));
        bodies.put("file without a file name", List.of(csrf, new Part("file", null, file.content())));
        bodies.put("two files", List.of(csrf, file, file));
        bodies.put("file under another name", List.of(csrf, new Part("upload", "library.ndjson", file.content())));
        bodies.put("file name of markup and path", List.of(csrf, new Part("file", "../../<script>.ndjson", file.content())));
        bodies.put("overwriteOwned on", List.of(csrf, file, new Part("overwriteOwned", null, utf8("on"))));
        bodies.put("overwriteOwned maybe", List.of(csrf, file, new Part("overwriteOwned", null, utf8("maybe"))));
        bodies.put("overwriteOwned with NUL", List.of(csrf, file, new Part("overwriteOwned", null, utf8("true\u0000"))));
        bodies.put("overwriteOwned beyond the 1 MB form attribute limit", List.of(csrf, file, new Part("overwriteOwned", null,
                utf8("a".repeat(BEYOND_LIMIT)))));
        bodies.put("CSRF field missing", List.of(file));
        bodies.put("CSRF field wrong", List.of(new Part(CSRF, null, utf8("bad-page-form-token")), file));
        List<BadRequest> requests = new ArrayList<>();
        bodies.forEach((label, parts) -> requests.add(new BadRequest(label, null, List.of(), Map.of("Cookie", CSRF + "=" + token), MULTIPART,
                multipart(parts, true))));
        BadRequest valid = requests.get(0);
        requests.add(valid.withLabel("CSRF cookie missing").withHeader("Cookie", "other=1"));
        requests.add(valid.withLabel("last boundary missing").withBody(MULTIPART, multipart(List.of(csrf, file), false)));
        requests.add(valid.withLabel("boundary not declared").withBody("multipart/form-data", valid.body()));
        requests.add(valid.withLabel("another boundary declared").withBody("multipart/form-data; boundary=other", valid.body()));
        requests.add(valid.withLabel("url-encoded form instead").withBody(FORM, CSRF + "=" + token + "&file=" + encoded(line("x", "y"))));
        requests.add(valid.withLabel("no body").withBody(MULTIPART, new byte[0]));
        requests.add(valid.withLabel("NDJSON body instead").withBody("application/x-ndjson", file.content()));
        requests.add(valid.withLabel("query lang of markup").withQuery("lang=" + encoded("<script>alert(1)</script>")));
        return requests.subList(0, Math.min(PER_ROUTE, requests.size()));
    }
}
