package cn.wenzhou.fashion.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses, while a JSON body is read (API and NDJSON import alike), the strings and dates that the database
 * cannot store or that no one means: control characters (PostgreSQL refuses {@code \u0000}; the others only
 * hide text), unpaired surrogates (no character at all) and dates outside {@value #FIRST_YEAR}-{@value #LAST_YEAR}
 * ({@code +999999999-12-31} is valid ISO but beyond both databases). Each refusal is a 400 naming the field.
 */
@Singleton
public class TextInput implements ObjectMapperCustomizer {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    /** A value Jackson could read but the library refuses; its message says why. */
    public static class RefusedValue extends JsonMappingException {

        RefusedValue(JsonParser parser, String reason) {
            super(parser, reason);
        }
    }

    /** Last, so that these deserializers replace those of the modules Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("library-text-input")
                .addDeserializer(String.class, new Checked<>(String.class, StringDeserializer.instance, TextInput::refusal))
                .addDeserializer(LocalDate.class, new Checked<>(LocalDate.class, LocalDateDeserializer.INSTANCE, TextInput::refusal)));
    }

    /** Why the text cannot be stored as it is, or null when it can; page forms ask it too. */
    public static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return "must not contain control characters (found U+%04X at %d)".formatted((int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain unpaired surrogates (found U+%04X at %d)".formatted((int) c, i);
            }
        }
        return null;
    }

    /** Reads a value as Jackson does, then refuses it when {@code refusal} gives a reason. */
    private static final class Checked<T> extends StdScalarDeserializer<T> {

        private final transient JsonDeserializer<T> reader;
        private final transient Function<T, String> refusal;

        Checked(Class<T> type, JsonDeserializer<T> reader, Function<T, String> refusal) {
            super(type);
            this.reader = reader;
            this.refusal = refusal;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = reader.deserialize(parser, context);
            String reason = value == null ? null : refusal.apply(value);
            if (reason != null) {
                throw new RefusedValue(parser, reason);
            }
            return value;
        }
    }

    /** Why no one means this date, or null; page forms ask it too. */
    public static String refusal(LocalDate date) {
        return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? "must be a date in the years " + FIRST_YEAR + "-" + LAST_YEAR : null;
    }
}
