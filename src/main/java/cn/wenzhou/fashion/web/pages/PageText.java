package cn.wenzhou.fashion.web.pages;

import cn.wenzhou.fashion.domain.Labels;
import io.quarkus.qute.TemplateData;

/**
 * The words of a page in its language, all from {@code labels.properties} through {@link Labels}: the pages' own
 * texts (group {@code Page}) beside the labels of codes that the API's facets carry, so each exists once.
 */
@TemplateData
public record PageText(String lang) {

    public static final String ZH = "zh";
    public static final String EN = "en";

    public boolean english() {
        return EN.equals(lang);
    }

    /** The page text of a key; the key itself when missing, so a gap shows instead of breaking the page. */
    public String t(String key) {
        return code("Page", key);
    }

    /** The label of a code in a group of labels.properties (Industry, District, Kind...). */
    public String code(String group, Object code) {
        if (code == null) {
            return "";
        }
        String value = code instanceof Enum<?> e ? e.name() : code.toString();
        return english() ? Labels.en(group, value) : Labels.zh(group, value);
    }
}
