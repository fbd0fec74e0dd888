package cn.wenzhou.fashion.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Names of the index fields every kind has (see {@link SearchDocumentBinder}). */
public final class SearchFields {

    public static final String KIND = "kind";
    /** kind:id, unique across kinds: the tie-breaker of every sort. */
    public static final String KEY = "key";
    public static final String EXTERNAL_ID = "externalId";
    /** The name and, for institutions, the name in the other language. */
    public static final String NAME = "name";
    /** The display name: sorted by, and returned in hits. */
    public static final String NAME_SORT = "name_sort";
    public static final String DESCRIPTION = "description";
    public static final String TAGS = "tags";
    public static final String CAPABILITIES = "capabilities";
    public static final String INDUSTRY = "industry";
    public static final String CATEGORY = "category";
    public static final String VOUCHER_CATEGORY = "voucherCategory";
    public static final String INSTITUTION_TYPE = "institutionType";
    public static final String DISTRICT = "district";
    public static final String COUNTRY = "country";
    public static final String SCOPE = "scope";
    public static final String VOUCHER = "voucher";
    public static final String SETTLED = "settled";
    public static final String STATUS = "status";
    public static final String EVENT_TYPE = "eventType";
    /** The month an event starts in, in Wenzhou: {@code 2026-12}. */
    public static final String MONTH = "month";
    public static final String UPDATED_AT = "updatedAt";

    /** The domain concepts a record's texts mention, computed once at indexing: matching explains with them. */
    public static final String CONCEPTS = "concepts";
    /** Every facet value of a record as {@code facet:value}: one aggregation counts all facets. */
    public static final String FACETS = "facets";
    /** Type-ahead values (names, tags, capability titles) kept whole, and analyzed for typo tolerance. */
    public static final String SUGGEST = "suggest";
    public static final String SUGGEST_TEXT = "suggest_text";
    /** {@link DomainAnalyzer} tokens of all text fields, each repeated by its field's weight: what is scored. */
    public static final String TERMS = "terms";
    /** Elasticsearch's built-in whitespace analyzer: the tokens are made in the service. */
    public static final String TERMS_ANALYZER = "whitespace";

    /** The analyzer and normalizer defined in {@code elastic/index-settings.json}. */
    public static final String TEXT_ANALYZER = "zh_en";
    public static final String SORT_NORMALIZER = "sort";

    private SearchFields() {
    }

    /** The readable text fields by name, in the order highlights are listed; null values are left out. */
    public static Map<String, List<String>> texts(List<String> names, List<String> tags,
            List<String> capabilities, String description) {
        var texts = new LinkedHashMap<String, List<String>>();
        texts.put(NAME, names.stream().filter(Objects::nonNull).toList());
        texts.put(TAGS, tags);
        texts.put(CAPABILITIES, capabilities);
        texts.put(DESCRIPTION, description == null ? List.of() : List.of(description));
        return texts;
    }
}
