package cn.wenzhou.fashion.web.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.web.BodySizeLimit;
import cn.wenzhou.fashion.web.MarkedHtml;
import cn.wenzhou.fashion.web.Problem;
import cn.wenzhou.fashion.web.RouteGroup;

/**
 * Completes the OpenAPI document served at {@code /q/openapi} (and stored at build by
 * {@code quarkus.smallrye-openapi.store-schema-directory}) with what the annotations of the resources cannot say
 * once for all. Registered by {@code mp.openapi.filter}, it runs on the finished model, after Quarkus added the
 * security requirement and the 401/403 responses of the operations behind {@code @Authenticated} or
 * {@code @RolesAllowed}.
 * <ul>
 * <li>Kind placeholders: the generic resources ({@code RecordResource}, {@code ProfileResource},
 * {@code OpenNeedsResource}) write {@code {kind}}, {@code {kinds}}, {@code {Kind}} and {@code {Kinds}} in
 * operationIds, summaries, descriptions and response schema references; each operation gets the names of the
 * {@link RecordKind} whose collection its path lies under ({@code create{Kind}} on {@code /api/institutions} is
 * {@code createInstitution}). A placeholder on a path of no kind is an error.</li>
 * <li>Path parameters: {@code {id}} where SmallRye OpenAPI lost it (see {@link #declareIdParameter}).</li>
 * <li>Refusals that mean the same on every operation, where its resource does not say more: 401 when it needs a
 * token, 404 for an unknown {@code {id}}, 400 for paging out of range (see {@link #addCommonRefusals}).</li>
 * <li>413: every operation with a request body, which {@code web.BodySizeLimit} refuses above
 * {@code library.api.max-json-body-bytes} (JSON) or {@code library.import.max-body-bytes} (the import).</li>
 * <li>429 with Retry-After: every operation of a {@link RouteGroup}, which {@code web.RateLimits} limits.</li>
 * <li>Problems: every 4xx and 5xx response without content gets the RFC 7807 body of {@link Problem}
 * ({@code application/problem+json}, schema {@value #PROBLEM}), as {@code web.ProblemMappers} answers them all;
 * Quarkus's own 401/403 descriptions are replaced by what they mean here.</li>
 * <li>Marked text: a {@code search.Fragment} (highlights, matched terms, suggestions) is written by
 * {@link MarkedHtml} as one string of escaped HTML, not as the object of text and offsets that SmallRye derives
 * from the record.</li>
 * </ul>
 * Security is declared by the resources themselves ({@code @Authenticated}, {@code @RolesAllowed},
 * {@code @SecurityRequirement}); {@code api.OpenApiDocumentTest} checks that every operation does.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String FRAGMENT = "Fragment";

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addProblemSchemas(openAPI.getComponents());
        describeMarkedText(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() == null) {
                return;
            }
            Kind kind = Kind.of(path);
            item.getOperations().forEach((method, operation) -> {
                declareIdParameter(path, item, operation);
                addCommonRefusals(path, operation, kind);
                resolvePlaceholders(operation, kind, method + " " + path);
                refuseLargeBody(path, operation);
                limitRate(method.name(), path, operation);
                describeProblems(operation);
            });
        });
    }

    /** The names of the kind whose collection a path lies under; {@link #NONE} for other paths. */
    private record Kind(String one, String many) {

        static final Kind NONE = new Kind(null, null);
        private static final List<String> PLACEHOLDERS = List.of("{kind}", "{kinds}", "{Kind}", "{Kinds}");

        static Kind of(String path) {
            for (RecordKind kind : RecordKind.values()) {
                if (path.equals(kind.path()) || path.startsWith(kind.path() + "/")) {
                    return new Kind(kind.code(), kind.path().substring(kind.path().lastIndexOf('/') + 1));
                }
            }
            return NONE;
        }

        String resolve(String text, String where) {
            if (text == null || !text.contains("{")) {
                return text;
            }
            String resolved = one == null ? text : text
                    .replace("{kind}", one).replace("{kinds}", many)
                    .replace("{Kind}", capitalized(one)).replace("{Kinds}", capitalized(many));
            for (String placeholder : PLACEHOLDERS) {
                if (resolved.contains(placeholder)) {
                    throw new IllegalStateException(where + " uses " + placeholder + ", but its path is no kind's collection: " + text);
                }
            }
            return resolved;
        }

        private static String capitalized(String name) {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    /**
     * SmallRye OpenAPI drops a path parameter that a base class method declares when the template lies in the
     * subclass's {@code @Path} ({@code OpenNeedsResource}: {@code /api/institutions/{id}/matches}); Redocly rightly
     * calls such a path broken. Every {@code {id}} of this API is a record's {@code Long} id.
     */
    private static void declareIdParameter(String path, PathItem item, Operation operation) {
        if (!path.contains("{id}") || declaresPathParameter(item.getParameters()) || declaresPathParameter(operation.getParameters())) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH).required(true)
                .description("Id of the {kind}")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64")));
    }

    private static boolean declaresPathParameter(List<Parameter> parameters) {
        return parameters != null && parameters.stream().anyMatch(p -> "id".equals(p.getName()) && p.getIn() == Parameter.In.PATH);
    }

    /**
     * The resources document only what is particular to an operation; these refusals are alike everywhere. An
     * operation needs a token when none of its security requirements is the empty one (the optional sign-in of the
     * public reads).
     */
    private static void addCommonRefusals(String path, Operation operation, Kind kind) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        boolean needsToken = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                && operation.getSecurity().stream().noneMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty());
        if (needsToken) {
            addIfAbsent(operation, "401", "Not signed in, or the token is invalid, expired or not meant for this API");
        }
        if (path.contains("{id}")) {
            String collection = path.substring(0, path.indexOf("/{id}"));
            String record = kind == Kind.NONE ? collection.substring(collection.lastIndexOf('/') + 1).replaceAll("s$", "") : "{kind}";
            addIfAbsent(operation, "404", "No " + record + " with this id");
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "page".equals(p.getName()) && p.getIn() == Parameter.In.QUERY)) {
            addIfAbsent(operation, "400", "page below 0, or size outside 1-100");
        }
    }

    private static void addIfAbsent(Operation operation, String code, String description) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void resolvePlaceholders(Operation operation, Kind kind, String where) {
        operation.setOperationId(kind.resolve(operation.getOperationId(), where));
        operation.setSummary(kind.resolve(operation.getSummary(), where));
        operation.setDescription(kind.resolve(operation.getDescription(), where));
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                parameter.setDescription(kind.resolve(parameter.getDescription(), where));
            }
        }
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().setDescription(kind.resolve(operation.getRequestBody().getDescription(), where));
        }
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            response.setDescription(kind.resolve(response.getDescription(), where));
            if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                for (MediaType type : response.getContent().getMediaTypes().values()) {
                    if (type.getSchema() != null && type.getSchema().getRef() != null) {
                        type.getSchema().setRef(kind.resolve(type.getSchema().getRef(), where));
                    }
                }
            }
        }
    }

    private static void refuseLargeBody(String path, Operation operation) {
        if (operation.getRequestBody() == null || operation.getResponses() == null || operation.getResponses().hasAPIResponse("413")) {
            return;
        }
        String setting = path.equals(BodySizeLimit.IMPORT_PATH) ? "library.import.max-body-bytes" : "library.api.max-json-body-bytes";
        String limit = ConfigProvider.getConfig().getOptionalValue(setting, Long.class)
                .map(bytes -> bytes + " bytes").orElse("the limit");
        operation.getResponses().addAPIResponse("413", OASFactory.createAPIResponse()
                .description("The body is larger than " + limit + " (" + setting + "), counted as it arrives, chunked or not"));
    }

    private static void limitRate(String method, String path, Operation operation) {
        Optional<RouteGroup> group = RouteGroup.of(method, path);
        if (group.isEmpty() || operation.getResponses() == null || operation.getResponses().hasAPIResponse("429")) {
            return;
        }
        operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                .description("Too many " + group.get().settingName() + " requests from this user or address (library.rate-limit."
                        + group.get().settingName() + ".*)")
                .addHeader(HttpHeaders.RETRY_AFTER, OASFactory.createHeader().description("Seconds to wait before the next request")
                        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64"))));
    }

    /** Every error response is a problem; Quarkus's own 401/403 descriptions say what they mean here. */
    private static void describeProblems(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
            String code = entry.getKey();
            APIResponse response = entry.getValue();
            if (!(code.startsWith("4") || code.startsWith("5"))) {
                continue;
            }
            if ("401".equals(code) && "Not Authorized".equals(response.getDescription())) {
                response.setDescription("Not signed in, or the token is invalid, expired or not meant for this API");
            } else if ("403".equals(code) && "Not Allowed".equals(response.getDescription())) {
                response.setDescription("Signed in, but the role, ownership or party does not allow it");
            }
            if (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty()) {
                Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + PROBLEM)));
                response.setContent(content);
            }
        }
    }

    /** The body of {@link Problem} and its field errors ({@code common.FieldError}); OpenApiDocumentTest keeps them in step. */
    private static void addProblemSchemas(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FIELD_ERROR)) {
            components.addSchema(FIELD_ERROR, object("One invalid field of a request")
                    .addProperty("field", string("Path of the field: budgetMax, capabilities[0].category, or a parameter's name"))
                    .addProperty("message", string("What is wrong with it"))
                    .required(List.of("field", "message")));
        }
        components.addSchema(PROBLEM, object("RFC 7807 problem: the body of every error response (" + Problem.MEDIA_TYPE + ")")
                .addProperty("type", string("Always about:blank: the status says what kind of problem it is"))
                .addProperty("title", string("Short summary of the problem"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong in this request; absent when the title says it all"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(SCHEMAS + FIELD_ERROR))
                        .description("The invalid fields, for 400; absent when there are none"))
                .addProperty("requestId", string("Id of the request (also its X-Request-Id header): quote it, it leads to the request's log lines"))
                .required(List.of("type", "title", "status")));
    }

    private static void describeMarkedText(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FRAGMENT)) {
            return;
        }
        components.addSchema(FRAGMENT, string("HTML: the record's text with & < > \" ' escaped as entities and the terms found in"
                + " <em>; the only markup is <em>, so it may be inserted as HTML. Every other string of the API is plain text."));
        // Fragment.Mark, the offsets of the record form, which the API never writes.
        components.removeSchema("Mark");
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
