package cn.wenzhou.fashion.web.pages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import cn.wenzhou.fashion.domain.Labels;
import io.quarkus.qute.TemplateData;

/**
 * The words of a page in its language: the pages' own texts from {@code pages.properties}, the labels of codes
 * from {@code labels.properties} (through {@link Labels}, as the API's facet labels), so each exists once.
 */
@TemplateData
public record PageText(String lang) {

    public static final String ZH = "zh";
    public static final String EN = "en";
    private static final Properties TEXTS = load();

    public boolean english() {
        return EN.equals(lang);
    }

    /** The page text of a key; the key itself when missing, so a gap shows instead of breaking the page. */
    public String t(String key) {
        return TEXTS.getProperty(key + "." + lang, key);
    }

    /** The label of a code in a group of labels.properties (Industry, District, Kind...). */
    public String code(String group, Object code) {
        if (code == null) {
            return "";
        }
        String value = code instanceof Enum<?> e ? e.name() : code.toString();
        return english() ? Labels.en(group, value) : Labels.zh(group, value);
    }

    private static Properties load() {
        var properties = new Properties();
        try (var in = PageText.class.getResourceAsStream("/pages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
