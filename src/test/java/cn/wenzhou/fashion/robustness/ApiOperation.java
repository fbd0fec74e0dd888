package cn.wenzhou.fashion.robustness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One operation of the served OpenAPI document: its parameters and the media type and schema of its body, with every
 * {@code $ref} and {@code allOf} of the document resolved in place, so that requests can be made from it alone, and the
 * statuses its responses declare.
 */
record ApiOperation(String method, String path, List<Parameter> parameters, String bodyType, JsonNode bodySchema, Set<Integer> statuses) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** A query, path or header parameter with its resolved schema. */
    record Parameter(String name, String in, JsonNode schema) {
    }

    String key() {
        return method + " " + path;
    }

    /** The path parameter ({id} or {subject}), or null; no operation of this API has two. */
    Parameter pathParameter() {
        List<Parameter> inPath = parameters.stream().filter(p -> p.in().equals("path")).toList();
        if (inPath.size() > 1) {
            throw new IllegalStateException(key() + " has more than one path parameter: " + inPath);
        }
        return inPath.isEmpty() ? null : inPath.get(0);
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    boolean hasJsonBody() {
        return bodyType != null && bodyType.equals("application/json");
    }

    /** Every operation of the document, sorted by path then method. */
    static List<ApiOperation> of(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> items = path.getValue().fields();
            while (items.hasNext()) {
                Map.Entry<String, JsonNode> item = items.next();
                if (!METHODS.contains(item.getKey())) {
                    continue;
                }
                JsonNode operation = item.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : concat(path.getValue().path("parameters"), operation.path("parameters"))) {
                    parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                            resolve(document, parameter.path("schema"), 0)));
                }
                parameters.sort(Comparator.comparing(Parameter::in).thenComparing(Parameter::name));
                String bodyType = null;
                JsonNode bodySchema = null;
                Iterator<Map.Entry<String, JsonNode>> contents = operation.path("requestBody").path("content").fields();
                if (contents.hasNext()) {
                    Map.Entry<String, JsonNode> content = contents.next();
                    bodyType = content.getKey();
                    bodySchema = resolve(document, content.getValue().path("schema"), 0);
                }
                Set<Integer> statuses = new TreeSet<>();
                operation.path("responses").fieldNames().forEachRemaining(status -> {
                    if (status.matches("\\d{3}")) {
                        statuses.add(Integer.valueOf(status));
                    }
                });
                operations.add(new ApiOperation(item.getKey().toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(parameters), bodyType,
                        bodySchema, Set.copyOf(statuses)));
            }
        }
        operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return operations;
    }

    private static List<JsonNode> concat(JsonNode first, JsonNode second) {
        List<JsonNode> all = new ArrayList<>();
        first.forEach(all::add);
        second.forEach(all::add);
        return all;
    }

    /** The schema with $ref replaced by what it names and allOf merged into one object, recursively. */
    private static JsonNode resolve(JsonNode document, JsonNode schema, int depth) {
        if (depth > 20) {
            throw new IllegalStateException("schema nested too deeply or recursive: " + schema);
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            JsonNode named = document.path("components").path("schemas").path(name);
            ObjectNode merged = resolve(document, named, depth + 1).deepCopy();
            schema.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("$ref")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            return merged;
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode resolved = ((ObjectNode) schema).objectNode();
        schema.fields().forEachRemaining(field -> {
            switch (field.getKey()) {
                case "allOf" -> field.getValue().forEach(part -> resolve(document, part, depth + 1).fields()
                        .forEachRemaining(partField -> resolved.set(partField.getKey(), partField.getValue())));
                case "properties" -> {
                    ObjectNode properties = resolved.putObject("properties");
                    field.getValue().fields().forEachRemaining(property -> properties.set(property.getKey(),
                            resolve(document, property.getValue(), depth + 1)));
                }
                case "items" -> resolved.set("items", resolve(document, field.getValue(), depth + 1));
                default -> resolved.set(field.getKey(), field.getValue());
            }
        });
        return resolved;
    }
}
