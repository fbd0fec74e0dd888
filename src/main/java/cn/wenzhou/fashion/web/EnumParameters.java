package cn.wenzhou.fashion.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import cn.wenzhou.fashion.common.FieldError;

/**
 * Reads enumeration parameters ({@code sort}, {@code status}, …) so that an unknown value is a 400 naming the
 * parameter and listing the allowed values. JAX-RS answers a query parameter it cannot convert with 404, as if the
 * resource did not exist.
 */
@Provider
public class EnumParameters implements ParamConverterProvider {

    /** A parameter's value that is none of the allowed ones. */
    public static class UnknownValue extends BadRequestException {

        private final transient FieldError error;

        UnknownValue(FieldError error) {
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
        if (!rawType.isEnum()) {
            return null;
        }
        return (ParamConverter<T>) new EnumConverter(rawType, nameOf(annotations));
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

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
                throw new UnknownValue(new FieldError(name, "must be one of " + allowed));
            }
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }
}
