package cn.wenzhou.fashion.web.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;

import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Scope;
import cn.wenzhou.fashion.match.DraftNeed;
import cn.wenzhou.fashion.records.NeedInput;
import io.quarkus.qute.TemplateData;

/**
 * The need editor's fields exactly as typed, so that a form shown again loses nothing; read into the API's
 * {@link NeedInput} to post, or into a {@link DraftNeed} for the live list of partners.
 *
 * @param keywords as typed: separated by commas (either width), 、 or semicolons
 */
@TemplateData
public record NeedForm(String enterpriseId, String title, String description, List<String> industries, List<String> categories,
        String keywords, String budgetMin, String budgetMax, boolean useVoucher, String preferredScope, boolean confidential) {

    private static final String KEYWORD_SEPARATORS = "[,，、;；\\n]+";

    static NeedForm empty(Long enterpriseId) {
        return new NeedForm(enterpriseId == null ? "" : enterpriseId.toString(), "", "", List.of(), List.of(), "", "", "", false,
                Scope.ANY.name(), false);
    }

    static NeedForm of(MultivaluedMap<String, String> form) {
        return new NeedForm(first(form, "enterpriseId"), first(form, "title"), first(form, "description"), all(form, "industries"),
                all(form, "categories"), first(form, "keywords"), first(form, "budgetMin"), first(form, "budgetMax"),
                form.containsKey("useVoucher"), first(form, "preferredScope"), form.containsKey("confidential"));
    }

    public boolean has(Industry industry) {
        return industries.contains(industry.name());
    }

    public boolean has(CapabilityCategory category) {
        return categories.contains(category.name());
    }

    public boolean prefers(Scope scope) {
        return scope.name().equals(preferredScope);
    }

    /** The keywords, each stripped, empty ones left out. */
    List<String> keywordList() {
        return Arrays.stream(keywords.split(KEYWORD_SEPARATORS)).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    /** What the dictionary reads for proposals: all the texts typed. */
    String text() {
        return String.join(" ", title, description, String.join(" ", keywordList()));
    }

    /**
     * The need to post; a value that is no number or no code is left out and added to {@code errors}, named as the
     * API's problems name it, so that bean validation reports the other fields at the same time.
     */
    NeedInput toInput(List<FieldError> errors) {
        Long enterprise = parse("enterpriseId", enterpriseId, Long::valueOf, "must be one of your enterprises", errors);
        List<Industry> industryCodes = codes("industries", industries, Industry::valueOf, errors);
        List<CapabilityCategory> categoryCodes = codes("categories", categories, CapabilityCategory::valueOf, errors);
        BigDecimal min = parse("budgetMin", budgetMin, BigDecimal::new, "must be a number", errors);
        BigDecimal max = parse("budgetMax", budgetMax, BigDecimal::new, "must be a number", errors);
        Scope scope = parse("preferredScope", preferredScope, Scope::valueOf, "must be one of " + List.of(Scope.values()), errors);
        return new NeedInput(null, enterprise, null, title, blankToNull(description), industryCodes, categoryCodes, keywordList(), min, max,
                useVoucher, scope, null, confidential, null);
    }

    /** The draft to preview: values that are no code are left out, as they change nothing of the ranking. */
    DraftNeed toDraft() {
        List<FieldError> ignored = new ArrayList<>();
        Scope scope = parse("preferredScope", preferredScope, Scope::valueOf, "", ignored);
        return new DraftNeed(title, description, keywordList(), codes("industries", industries, Industry::valueOf, ignored),
                codes("categories", categories, CapabilityCategory::valueOf, ignored), useVoucher, scope);
    }

    private static <T> T parse(String field, String value, Function<String, T> parser, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    private static <T> List<T> codes(String field, List<String> values, Function<String, T> parser, List<FieldError> errors) {
        List<T> codes = new ArrayList<>();
        for (String value : values) {
            T code = parse(field, value, parser, "has an unknown value", errors);
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> all(MultivaluedMap<String, String> form, String name) {
        return form.getOrDefault(name, List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
