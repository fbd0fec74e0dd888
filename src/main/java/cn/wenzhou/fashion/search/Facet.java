package cn.wenzhou.fashion.search;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.wenzhou.fashion.common.InvalidFieldException;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.EventType;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.InstitutionType;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Scope;

/**
 * The facets of a search. Each is also a filter: values of one facet are OR-ed, facets are AND-ed, and
 * a facet's counts are computed without its own filter (multi-select faceting).
 */
public enum Facet {
    KIND("kind", SearchFields.KIND, "Kind", RecordKind.INDEXED.stream().map(RecordKind::code).toList(), RecordKind.NEED.code()),
    INDUSTRY("industry", SearchFields.INDUSTRY, "Industry", codes(Industry.values())),
    CATEGORY("category", SearchFields.CATEGORY, "CapabilityCategory", codes(CapabilityCategory.values())),
    INSTITUTION_TYPE("institutionType", SearchFields.INSTITUTION_TYPE, "InstitutionType", codes(InstitutionType.values())),
    DISTRICT("district", SearchFields.DISTRICT, "District", codes(District.values())),
    SCOPE("scope", SearchFields.SCOPE, "Scope", List.of(Scope.LOCAL.name(), Scope.DOMESTIC.name(), Scope.INTERNATIONAL.name())),
    COUNTRY("country", SearchFields.COUNTRY, "Country", null),
    VOUCHER("voucher", SearchFields.VOUCHER, "Flag", List.of("true", "false"), "false"),
    VOUCHER_CATEGORY("voucherCategory", SearchFields.VOUCHER_CATEGORY, "CapabilityCategory", codes(CapabilityCategory.values())),
    SETTLED("settled", SearchFields.SETTLED, "Flag", List.of("true", "false"), "false"),
    EVENT_TYPE("eventType", SearchFields.EVENT_TYPE, "EventType", codes(EventType.values())),
    MONTH("month", SearchFields.MONTH, "Month", null);

    /** The query parameter, also the facet's name in responses. */
    public final String param;
    public final String field;
    /** The group of the values' labels in labels.properties. */
    public final String labelGroup;
    /** The allowed values; null when any value of a format is allowed (countries, months). */
    private final List<String> values;
    /**
     * For a facet of which every record has exactly one value: its commonest value, which the facets field
     * leaves out (counting it cost a doc-value ordinal per match); its count is the total less the others'.
     */
    public final String implied;

    Facet(String param, String field, String labelGroup, List<String> values) {
        this(param, field, labelGroup, values, null);
    }

    Facet(String param, String field, String labelGroup, List<String> values, String implied) {
        this.param = param;
        this.field = field;
        this.labelGroup = labelGroup;
        this.values = values;
        this.implied = implied;
    }

    public boolean accepts(String value) {
        if (values != null) {
            return values.contains(value);
        }
        return this == MONTH ? value.matches("\\d{4}-(0[1-9]|1[0-2])") : value.matches("[A-Z]{2}");
    }

    public String allowed() {
        if (values != null) {
            return "one of " + values;
        }
        return this == MONTH ? "a month such as 2026-12" : "a two-letter country code such as CN";
    }

    /** This facet's values in a document. */
    public List<String> valuesOf(SearchDocument doc) {
        return switch (this) {
            case KIND -> List.of(doc.kind());
            case INDUSTRY -> doc.industries();
            case CATEGORY -> doc.categories();
            case INSTITUTION_TYPE -> optional(doc.institutionType());
            case DISTRICT -> optional(doc.district());
            case SCOPE -> optional(doc.scope());
            case COUNTRY -> optional(doc.country());
            case VOUCHER -> List.of(Boolean.toString(doc.voucher()));
            case VOUCHER_CATEGORY -> doc.voucherCategories();
            case SETTLED -> List.of(Boolean.toString(doc.settled()));
            case EVENT_TYPE -> optional(doc.eventType());
            case MONTH -> optional(doc.month());
        };
    }

    /**
     * Whether some record of these kinds has a value of this facet: the others leave it out, so that a search of
     * events alone shows no voucher or settled facet (an implied value would count every event as "no voucher").
     */
    public boolean appliesTo(Set<RecordKind> kinds) {
        Set<RecordKind> having = switch (this) {
            case KIND, INDUSTRY, DISTRICT, SCOPE, COUNTRY -> RecordKind.INDEXED;
            case CATEGORY -> EnumSet.of(RecordKind.INSTITUTION, RecordKind.DESIGNER, RecordKind.NEED);
            case INSTITUTION_TYPE, VOUCHER_CATEGORY -> EnumSet.of(RecordKind.INSTITUTION);
            case VOUCHER -> EnumSet.of(RecordKind.INSTITUTION, RecordKind.NEED);
            case SETTLED -> RecordKind.PARTNERS;
            case EVENT_TYPE, MONTH -> EnumSet.of(RecordKind.EVENT);
        };
        return kinds.stream().anyMatch(having::contains);
    }

    /** This facet's values in a document's facets field: all but the implied one. */
    public List<String> countedValuesOf(SearchDocument doc) {
        List<String> values = valuesOf(doc);
        return implied == null ? values : values.stream().filter(value -> !value.equals(implied)).toList();
    }

    /** The value of the combined facets field: {@code industry:FOOTWEAR}. */
    public String token(String value) {
        return param + SEPARATOR + value;
    }

    public static final char SEPARATOR = ':';

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static List<String> codes(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    /**
     * The selected values of every facet in query parameters (repeated, or comma-separated), checked: the API and
     * the pages read filters the same way, an unknown value is a 400 naming the facet.
     */
    public static Map<Facet, List<String>> filters(Map<String, List<String>> parameters) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : values()) {
            List<String> values = parameters.get(facet.param);
            if (values == null || values.isEmpty()) {
                continue;
            }
            List<String> selected = values.stream()
                    .flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            for (String value : selected) {
                if (!facet.accepts(value)) {
                    throw new InvalidFieldException(facet.param, "'" + value + "' is not " + facet.allowed());
                }
            }
            if (!selected.isEmpty()) {
                filters.put(facet, selected);
            }
        }
        return filters;
    }
}
