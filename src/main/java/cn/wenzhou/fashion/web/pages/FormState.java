package cn.wenzhou.fashion.web.pages;

import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * The form a refused post came from, shown again with what was typed and each field's message; no form otherwise.
 *
 * @param target the id of the form on the page
 */
@TemplateData
public record FormState(String target, Map<String, String> values, Map<String, String> errors) {

    static final FormState NONE = new FormState("", Map.of(), Map.of());

    public String value(String form, String field) {
        return target.equals(form) ? values.get(field) : null;
    }

    public String error(String form, String field) {
        return target.equals(form) ? errors.get(field) : null;
    }
}
