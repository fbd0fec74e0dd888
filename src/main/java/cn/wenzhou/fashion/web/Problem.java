package cn.wenzhou.fashion.web;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.wenzhou.fashion.common.FieldError;

/**
 * An RFC 7807 problem body. {@code errors} names each offending field with a JSON-pointer-like path
 * ({@code budgetMax}, {@code capabilities[0].category}); {@code requestId} is the id of the request in the log.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail, List<FieldError> errors) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, errors);
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        var problem = new Problem("about:blank", title, status, detail, errors, RequestIds.current());
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
    }
}
