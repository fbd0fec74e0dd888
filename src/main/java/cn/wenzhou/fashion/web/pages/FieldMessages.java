package cn.wenzhou.fashion.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.common.FieldError;
import io.quarkus.qute.TemplateData;

/** The messages of a form's fields, by the names the API's problems give them. */
@TemplateData
public record FieldMessages(Map<String, String> messages) {

    static final FieldMessages NONE = new FieldMessages(Map.of());

    static FieldMessages of(List<FieldError> errors) {
        Map<String, String> messages = new LinkedHashMap<>();
        // keywords[3] and capabilities[0].title are shown beside their form field.
        errors.forEach(e -> messages.merge(e.field().replaceAll("[\\[.].*", ""), e.message(), (a, b) -> a + "; " + b));
        return new FieldMessages(messages);
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String of(String field) {
        return messages.getOrDefault(field, "");
    }

    public boolean any() {
        return !messages.isEmpty();
    }
}
