package cn.wenzhou.fashion.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;

/**
 * Limits request bodies in bytes: the NDJSON import (the API's and the dashboard's upload form) to
 * {@code library.import.max-body-bytes}, every other body (JSON, forms) to {@code library.api.max-json-body-bytes}. A declared Content-Length above the limit is refused here, before
 * a byte is read; a body without one (Transfer-Encoding: chunked) is counted by {@link CountedBody} as it is read,
 * and refused at the first byte over. Both answer 413 with a problem.
 * <p>
 * Quarkus's own {@code quarkus.http.limits.max-body-size} counts chunked bytes too, but it is one limit for every
 * route and its 413 has no body; it stays above both limits as the outer bound of anything else.
 * <p>
 * Application-scoped, so that it is made on the first request, with the runtime settings: Quarkus REST makes its
 * filters at static initialisation.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** The bulk import, whose NDJSON body has a limit of its own. */
    public static final String IMPORT_PATH = "/api/import";
    /** The dashboard's upload form of the same import (web.pages.BureauPages). */
    public static final String PAGE_IMPORT_PATH = "/bureau/import";
    /** The request property that tells {@link CountedBody} the {@link Limit} of this request. */
    static final String LIMIT = BodySizeLimit.class.getName() + ".limit";

    /** The limit of one request's body, and whether it is the import's. */
    record Limit(long bytes, boolean bulkImport) {
    }

    private final long maxJsonBytes;
    private final long maxImportBytes;

    public BodySizeLimit(@ConfigProperty(name = "library.api.max-json-body-bytes") long maxJsonBytes,
            @ConfigProperty(name = "library.import.max-body-bytes") long maxImportBytes) {
        this.maxJsonBytes = maxJsonBytes;
        this.maxImportBytes = maxImportBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        boolean bulkImport = path.equals(IMPORT_PATH) || path.equals(IMPORT_PATH + "/") || path.equals(PAGE_IMPORT_PATH);
        Limit limit = new Limit(bulkImport ? maxImportBytes : maxJsonBytes, bulkImport);
        request.setProperty(LIMIT, limit);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(length.trim()) <= limit.bytes()) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.of(Problem.response(Response.Status.BAD_REQUEST, "Content-Length is not a number", List.of()));
        }
        return Optional.of(tooLarge(http, new BodyTooLargeException(limit)));
    }

    /**
     * The 413 problem; on HTTP/1.x the connection closes after it, so that the rest of the body is never read (the
     * next request on the connection could only start after it).
     */
    static Response tooLarge(HttpServerRequest http, BodyTooLargeException e) {
        Response.ResponseBuilder response = Response.fromResponse(Problem.response(413, "Content Too Large", e.getMessage(), List.of()));
        if (http.version() != HttpVersion.HTTP_2) {
            response.header("Connection", "close");
            http.response().endHandler(ended -> http.connection().close());
        }
        return response.build();
    }
}
