package cn.wenzhou.fashion.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Chinese and English labels of the enumerations' stable codes, kept in {@code labels.properties}. */
public final class Labels {
    private static final Properties LABELS = load();

    private Labels() {
    }

    public static String zh(Enum<?> code) {
        return zh(code.getDeclaringClass().getSimpleName(), code.name());
    }

    public static String en(Enum<?> code) {
        return en(code.getDeclaringClass().getSimpleName(), code.name());
    }

    /** The Chinese label of a code in a group (an enumeration's simple name, Kind or Flag); the code itself if none. */
    public static String zh(String group, String code) {
        return LABELS.getProperty(group + "." + code + ".zh", code);
    }

    public static String en(String group, String code) {
        return LABELS.getProperty(group + "." + code + ".en", code);
    }

    private static Properties load() {
        var properties = new Properties();
        try (var in = Labels.class.getResourceAsStream("/labels.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
