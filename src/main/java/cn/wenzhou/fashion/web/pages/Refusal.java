package cn.wenzhou.fashion.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.FieldPaths;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import io.quarkus.security.ForbiddenException;

/**
 * A change the services refused, as a page tells it: the status the API's problem would have, its detail and the
 * fields it names. The services' exceptions roll their transaction back, so nothing changed.
 *
 * @param fields the message of each field named, by the form field's name
 */
record Refusal(int status, String detail, Map<String, String> fields) {

    static Optional<Refusal> of(RuntimeException e) {
        if (e instanceof InvalidFieldException invalid) {
            return Optional.of(new Refusal(400, null, byField(invalid.errors())));
        }
        if (e instanceof ConstraintViolationException violation) {
            return Optional.of(new Refusal(400, null, byField(violation.getConstraintViolations().stream()
                    .map(v -> new FieldError(FieldPaths.of(v), v.getMessage())).toList())));
        }
        if (e instanceof ForbiddenException) {
            return Optional.of(new Refusal(403, e.getMessage(), Map.of()));
        }
        if (e instanceof RecordNotFoundException) {
            return Optional.of(new Refusal(404, e.getMessage(), Map.of()));
        }
        if (e instanceof ConflictException) {
            return Optional.of(new Refusal(409, e.getMessage(), Map.of()));
        }
        if (e instanceof OptimisticLockException) {
            return Optional.of(new Refusal(409, "The record was changed by someone else meanwhile: read it again and reapply your change", Map.of()));
        }
        return Optional.empty();
    }

    /** What the page says of it: the detail, else each field named with its message. */
    String text() {
        if (detail != null) {
            return detail;
        }
        return fields.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).reduce((a, b) -> a + "; " + b).orElse("");
    }

    private static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.forEach(error -> fields.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
        return fields;
    }
}
