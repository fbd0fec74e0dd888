package cn.wenzhou.fashion.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import cn.wenzhou.fashion.common.FieldError;

/**
 * Reads query and path parameters so that a value of the wrong kind is a 400 naming the parameter: an unknown
 * enumeration value (listing the allowed ones), a whole number out of range, text the database cannot store
 * ({@link TextInput#refusal}). JAX-RS answers a query or path parameter it cannot convert with 404, as if the
 * resource did not exist, and passes NUL characters on to SQL.
 */
@Provider
public class ParameterValues implements ParamConverterProvider {

    /** A parameter's value that is not one the parameter takes. */
    public static class RefusedParameter extends BadRequestException {

        private final transient FieldError error;

        RefusedParameter(FieldError error) {
            super(error.field() + ": " + error.message());
            this.error = error;
        }

        public FieldError error() {
            return error;
        }
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType.isEnum()) {
            List<String> allowed = Arrays.stream(rawType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
            Function<String, Object> read = value -> Enum.valueOf((Class) rawType, value);
            return (ParamConverter<T>) new Checked<>(name, read, "must be one of " + allowed);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Checked<>(name, Integer::valueOf, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Checked<>(name, Long::valueOf, "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
        if (rawType == String.class) {
            return (ParamConverter<T>) new Checked<>(name, ParameterValues::storableText, null);
        }
        return null;
    }

    private static String storableText(String value) {
        String refusal = TextInput.refusal(value);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        return value;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "parameter";
    }

    /** Converts with {@code read}; a failure is the parameter's 400 with {@code message}, or the failure's own. */
    private record Checked<T>(String name, Function<String, T> read, String message) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return read.apply(value);
            } catch (IllegalArgumentException e) {
                throw new RefusedParameter(new FieldError(name, message != null ? message : e.getMessage()));
            }
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
        }
    }
}
