package cn.wenzhou.fashion.common;

import java.util.List;

/** Input that passed bean validation but breaks a rule that needs the database or several fields. */
public class InvalidFieldException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.errors = List.of(new FieldError(field, message));
    }

    public InvalidFieldException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
