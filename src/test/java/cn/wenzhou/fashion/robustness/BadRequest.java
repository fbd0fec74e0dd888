package cn.wenzhou.fashion.robustness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request of the run, before it is given an identity: what it changes (its label), the value of the path's
 * parameter, the query as encoded pairs, extra headers and the body with its content type (null: none sent).
 */
record BadRequest(String label, String pathValue, List<String> query, Map<String, String> headers, String contentType, byte[] body) {

    private static final int SHOWN_BODY_CHARS = 300;

    BadRequest withLabel(String newLabel) {
        return new BadRequest(newLabel, pathValue, query, headers, contentType, body);
    }

    BadRequest withPathValue(String value) {
        return new BadRequest(label, value, query, headers, contentType, body);
    }

    /** The query with one pair added; {@code encodedPair} is "name=value", percent-encoded already. */
    BadRequest withQuery(String encodedPair) {
        List<String> pairs = new ArrayList<>(query);
        pairs.add(encodedPair);
        return new BadRequest(label, pathValue, List.copyOf(pairs), headers, contentType, body);
    }

    /** The query without the pairs of this parameter. */
    BadRequest withoutQuery(String name) {
        return new BadRequest(label, pathValue, query.stream().filter(pair -> !pair.startsWith(name + "=")).toList(), headers, contentType, body);
    }

    BadRequest withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new BadRequest(label, pathValue, query, Map.copyOf(all), contentType, body);
    }

    BadRequest withBody(String type, byte[] bytes) {
        return new BadRequest(label, pathValue, query, headers, type, bytes);
    }

    BadRequest withBody(String type, String text) {
        return withBody(type, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The path of the operation with the parameter's value in place, and the query. */
    String target(ApiOperation operation) {
        ApiOperation.Parameter parameter = operation.pathParameter();
        String path = parameter == null ? operation.path() : operation.path().replace("{" + parameter.name() + "}", pathValue);
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** The request as a reader can replay it: method, target, headers and the start of the body. */
    String shown(ApiOperation operation) {
        StringBuilder shown = new StringBuilder(operation.method()).append(' ').append(abbreviated(target(operation), SHOWN_BODY_CHARS));
        headers.forEach((name, value) -> shown.append("\n      ").append(name).append(": ").append(abbreviated(value, 80)));
        if (body != null) {
            shown.append("\n      Content-Type: ").append(contentType).append("\n      body (").append(body.length).append(" bytes): ")
                    .append(abbreviated(new String(body, StandardCharsets.UTF_8), SHOWN_BODY_CHARS));
        }
        return shown.toString();
    }

    private static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
