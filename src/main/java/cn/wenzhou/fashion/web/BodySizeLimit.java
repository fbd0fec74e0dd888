package cn.wenzhou.fashion.web;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses JSON bodies above {@code library.api.max-json-body-bytes} with a 413 problem before they are read.
 * Bulk imports (NDJSON) are bounded only by the HTTP limit, {@code quarkus.http.limits.max-body-size}.
 */
public class BodySizeLimit {

    private final long maxJsonBytes;

    public BodySizeLimit(@ConfigProperty(name = "library.api.max-json-body-bytes") long maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (type == null || length == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(length.trim()) <= maxJsonBytes) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.of(Problem.response(Response.Status.BAD_REQUEST, "Content-Length is not a number", List.of()));
        }
        return Optional.of(Problem.response(413, "Content Too Large",
                "JSON bodies are limited to " + maxJsonBytes + " bytes; use the bulk import for many records", List.of()));
    }
}
