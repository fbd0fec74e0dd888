package cn.wenzhou.fashion.web;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.CONFLICT;
import static jakarta.ws.rs.core.Response.Status.FORBIDDEN;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.UNAUTHORIZED;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.FieldPaths;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import lombok.RequiredArgsConstructor;

/** Turns every failure a client can cause into an RFC 7807 problem response; never a bare 500. */
@RequiredArgsConstructor
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** SQL states of integrity violations, the same in PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /**
     * SQL states of a transaction that lost to a concurrent one: class 40 (serialization failure, deadlock) in
     * both databases, PostgreSQL's lock_not_available and H2's lock timeout.
     */
    private static final Set<String> LOST_TO_CONCURRENT = Set.of("55P03", "50200", "HYT00");

    private final UnexpectedFailures failures;

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(FieldPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return Problem.response(BAD_REQUEST, "The request has invalid fields", errors);
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e) {
        return Problem.response(BAD_REQUEST, "The request has invalid fields", e.errors());
    }

    /** Quarkus REST has its own mapper for this subtype; the most specific mapper wins, so name it here. */
    @ServerExceptionMapper
    public Response wrongValue(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response refused(TextInput.RefusedValue e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = FieldPaths.of(mapping);
            String message = e instanceof TextInput.RefusedValue ? e.getOriginalMessage()
                    : e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()
                    ? "must be one of " + List.of(format.getTargetType().getEnumConstants())
                    : "has a value of the wrong type";
            return Problem.response(BAD_REQUEST, "The request body has invalid fields", List.of(new FieldError(field, message)));
        }
        return Problem.response(BAD_REQUEST, "The request body is not valid JSON: " + e.getOriginalMessage(), List.of());
    }

    /** A body counted over its limit as it was read ({@link CountedBody}). */
    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e, HttpServerRequest http) {
        return BodySizeLimit.tooLarge(http, e);
    }

    @ServerExceptionMapper
    public Response unknownParameterValue(ParameterValues.RefusedParameter e) {
        return Problem.response(BAD_REQUEST, "The request has invalid parameters", List.of(e.error()));
    }

    @ServerExceptionMapper
    public Response notFound(RecordNotFoundException e) {
        return Problem.response(NOT_FOUND, e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Problem.response(CONFLICT, e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return Problem.response(CONFLICT, "The record was changed by someone else meanwhile: read it again and reapply your change", List.of());
    }

    /**
     * No token, or one that is expired, tampered with, from another issuer or for another audience. On the pages,
     * the sign-in their OIDC tenant asks for: Keycloak's login page, which comes back to the page.
     */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Uni<Response> unauthorized(RoutingContext routing) {
        Response problem = Response.fromResponse(Problem.response(UNAUTHORIZED, "Sign in: send a valid bearer token of the library's Keycloak realm", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        if (authenticator == null || !RouteGroup.isPage(routing.normalizedPath())) {
            return Uni.createFrom().item(problem);
        }
        return authenticator.getChallenge(routing).map(challenge -> {
            if (challenge == null || challenge.getHeaders().isEmpty()) {
                return problem;
            }
            Response.ResponseBuilder signIn = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> signIn.header(name.toString(), value));
            return signIn.build();
        });
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(FORBIDDEN, e.getMessage() == null ? "Your roles do not allow this" : e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response search(SearchException e) {
        LOG.warn("Search failed", e);
        return Problem.response(503, "Service Unavailable", "Search is unavailable at the moment; stored data is safe", List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        // Quarkus REST reports some unreadable bodies as a 400 wrapping Jackson's exception.
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        Response original = e.getResponse();
        return Problem.response(original.getStatus(), original.getStatusInfo().getReasonPhrase(), e.getMessage(), List.of());
    }

    /**
     * The last resort. Integrity violations that the services' own checks could not see coming (two requests that
     * both passed the check for a free external id or idempotency key) are the client's 409, a form body that Quarkus
     * REST could not read ({@link UnreadableForms}) the client's 400; anything else is a
     * 500 without internals, logged once with its request id and counted, as a case to give a mapping of its own.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        SQLException sql = causeOf(e, SQLException.class);
        if (sql != null && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return Problem.response(CONFLICT, "Another request stored the same unique value at the same time: read again, then retry", List.of());
        }
        if (sql != null && sql.getSQLState() != null && (sql.getSQLState().startsWith("40") || LOST_TO_CONCURRENT.contains(sql.getSQLState()))) {
            return Problem.response(CONFLICT, "Another request changed the same records at the same time: read again, then retry", List.of());
        }
        if (sql != null && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
            return Problem.response(CONFLICT, "A record this request refers to was changed or deleted at the same time, or others still refer to it: read again, then retry", List.of());
        }
        if (UnreadableForms.isUnreadableForm(e)) {
            return Problem.response(BAD_REQUEST, "The form's body could not be read: broken percent-encoding, a field without '=', "
                    + "an unknown charset, more than 1000 fields or a multipart body cut short", List.of());
        }
        failures.record();
        LOG.errorf(e, "Unexpected failure of request %s", RequestIds.current());
        return Problem.response(500, "Internal Server Error",
                "The request could not be completed; quote its requestId when you report it", List.of());
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
