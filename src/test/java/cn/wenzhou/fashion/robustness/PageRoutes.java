package cn.wenzhou.fashion.robustness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.wenzhou.fashion.web.RouteGroup;

/**
 * The routes of the pages (every path outside {@code /api} and {@code /q}, {@link RouteGroup#isPage}), read from the
 * JAX-RS annotations of the service's classes, so that a route added later is found without a change here: each as an
 * {@link ApiOperation} (the pages are not in the OpenAPI document) with its path and query parameters, their schemas
 * made from their Java types, the media type it consumes and no declared statuses.
 */
final class PageRoutes {

    private static final String JAX_RS = "jakarta.ws.rs.";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PageRoutes() {
    }

    /** Every page route, sorted by path then method. */
    static List<ApiOperation> all() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("cn.wenzhou.fashion");
        List<ApiOperation> routes = new ArrayList<>();
        for (JavaClass resource : classes) {
            Optional<String> base = value(resource.tryGetAnnotationOfType(JAX_RS + "Path"));
            if (base.isEmpty()) {
                continue;
            }
            for (JavaMethod method : resource.getMethods()) {
                Optional<String> verb = METHODS.stream().filter(m -> method.isAnnotatedWith(JAX_RS + m)).findFirst();
                if (verb.isEmpty()) {
                    continue;
                }
                String path = joined(base.get(), value(method.tryGetAnnotationOfType(JAX_RS + "Path")).orElse(""));
                if (RouteGroup.isPage(path)) {
                    routes.add(new ApiOperation(verb.get(), path, parameters(method), consumed(resource, method), null, Set.of()));
                }
            }
        }
        routes.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return routes;
    }

    private static List<ApiOperation.Parameter> parameters(JavaMethod method) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JavaParameter parameter : method.getParameters()) {
            for (String in : List.of("Path", "Query")) {
                value(parameter.tryGetAnnotationOfType(JAX_RS + in + "Param")).ifPresent(name -> parameters.add(
                        new ApiOperation.Parameter(name, in.toLowerCase(Locale.ROOT), schema(parameter.getRawType()))));
            }
        }
        parameters.sort(Comparator.comparing(ApiOperation.Parameter::in).thenComparing(ApiOperation.Parameter::name));
        return List.copyOf(parameters);
    }

    /** The schema the OpenAPI document would give a parameter of this Java type. */
    private static JsonNode schema(JavaClass type) {
        ObjectNode schema = NODES.objectNode();
        if (type.isEnum()) {
            schema.put("type", "string").putArray("enum").addAll(type.getEnumConstants().stream().map(c -> NODES.textNode(c.name())).toList());
            return schema;
        }
        String name = type.getName();
        String json = switch (name) {
            case "java.lang.Integer", "int", "java.lang.Long", "long" -> "integer";
            case "java.lang.Boolean", "boolean" -> "boolean";
            default -> "string";
        };
        return schema.put("type", json);
    }

    /** The first media type the method (or else its class) consumes; null when it reads no body. */
    private static String consumed(JavaClass resource, JavaMethod method) {
        Optional<JavaAnnotation<JavaMethod>> own = method.tryGetAnnotationOfType(JAX_RS + "Consumes");
        Optional<? extends JavaAnnotation<?>> consumes = own.isPresent() ? own : resource.tryGetAnnotationOfType(JAX_RS + "Consumes");
        return consumes.flatMap(annotation -> annotation.get("value")).map(value -> ((Object[]) value)[0].toString()).orElse(null);
    }

    private static Optional<String> value(Optional<? extends JavaAnnotation<?>> annotation) {
        return annotation.flatMap(a -> a.get("value")).map(Object::toString);
    }

    private static String joined(String base, String path) {
        // A parameter's pattern ({id: \d+}) is the route's business, not the path's: {id}.
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
