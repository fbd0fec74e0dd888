package cn.wenzhou.fashion.web.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;

import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.FieldPaths;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.web.TextInput;

/**
 * The fields of a posted page form, read as the API reads a JSON body: the same refusals of text and dates, every
 * value of the wrong type named by its field, then the input's bean validation. Blank fields are missing (null).
 */
final class FormFields {

    private final MultivaluedMap<String, String> form;
    private final List<FieldError> errors = new ArrayList<>();

    FormFields(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    String text(String name) {
        String value = form == null ? null : form.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String refusal = TextInput.refusal(value);
        return refusal == null ? value : refuse(name, refusal);
    }

    Integer integer(String name) {
        return parsed(name, Integer::valueOf, "must be a whole number");
    }

    Long id(String name) {
        return parsed(name, Long::valueOf, "must be a whole number");
    }

    /** An id the form cannot do without: missing is refused as the API refuses a missing required field. */
    Long requiredId(String name) {
        return text(name) == null ? refuse(name, "is required") : id(name);
    }

    BigDecimal decimal(String name) {
        return parsed(name, BigDecimal::new, "must be a number");
    }

    LocalDate date(String name) {
        LocalDate date = parsed(name, LocalDate::parse, "must be a date (yyyy-mm-dd)");
        return date == null ? null : meant(name, date, date);
    }

    /** A Wenzhou wall-clock time as a {@code datetime-local} field posts it ({@code 2026-12-05T14:00}). */
    LocalDateTime dateTime(String name) {
        LocalDateTime time = parsed(name, LocalDateTime::parse, "must be a date and time (yyyy-mm-ddThh:mm)");
        return time == null ? null : meant(name, time.toLocalDate(), time);
    }

    /** The value, unless its date is one no one means. */
    private <T> T meant(String name, LocalDate date, T value) {
        String refusal = TextInput.refusal(date);
        return refusal == null ? value : refuse(name, refusal);
    }

    <E extends Enum<E>> E code(Class<E> type, String name) {
        return parsed(name, value -> Enum.valueOf(type, value), "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** The non-blank lines of a text area, stripped: one reference a line. */
    List<String> lines(String name) {
        String value = text(name);
        return value == null ? List.of() : value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A checkbox: whether it was posted with the value {@code true}. */
    boolean checked(String name) {
        return "true".equals(text(name));
    }

    /** The codes of a multiple select, each refused when it is not one of the type's. */
    <E extends Enum<E>> List<E> codes(Class<E> type, String name) {
        List<E> codes = new ArrayList<>();
        for (String value : form == null || form.get(name) == null ? List.<String>of() : form.get(name)) {
            try {
                codes.add(Enum.valueOf(type, value.strip()));
            } catch (RuntimeException e) {
                refuse(name, "must each be one of " + Arrays.toString(type.getEnumConstants()));
            }
        }
        return codes;
    }

    /** The field's value read by {@code parse} (which throws on a value of the wrong type), or null when it is missing. */
    private <T> T parsed(String name, Function<String, T> parse, String wrongType) {
        String value = text(name);
        try {
            return value == null ? null : parse.apply(value.strip());
        } catch (RuntimeException e) {
            return refuse(name, wrongType);
        }
    }

    /** The input built from the fields, once every field could be read and the input passes its constraints. */
    <T> T valid(T input, Validator validator) {
        if (errors.isEmpty()) {
            Set<ConstraintViolation<T>> violations = validator.validate(input);
            violations.forEach(v -> errors.add(new FieldError(FieldPaths.of(v), v.getMessage())));
        }
        check();
        return input;
    }

    /** Refuses the form if a field read so far was refused, naming each such field. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    /** The values as posted, to show the form again with them. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, list) -> values.put(name, list.isEmpty() ? null : list.get(0)));
        }
        return values;
    }

    private <T> T refuse(String name, String message) {
        errors.add(new FieldError(name, message));
        return null;
    }
}
