package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.search.SearchFields.CAPABILITIES;
import static cn.wenzhou.fashion.search.SearchFields.DESCRIPTION;
import static cn.wenzhou.fashion.search.SearchFields.NAME;
import static cn.wenzhou.fashion.search.SearchFields.TAGS;

import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchRequestTransformerContext;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Highlights come from the readable text fields, while relevance comes from the token fields: the
 * highlighter gets its own query (Elasticsearch's highlight_query), so the costly character matching runs
 * only on the hits shown, never over the whole index.
 */
public final class Highlights {

    private Highlights() {
    }

    /** Texts up to this length are highlighted as typed; longer ones (a need's description) by their words. */
    private static final int SHORT_TEXT = 40;
    private static final int MAX_WORDS = 32;

    /**
     * Makes the request's highlighter mark {@code text} in the readable fields. A long text is reduced to
     * its distinct words first: a 500-character description would give the highlighter thousands of
     * character terms to look for in every hit.
     */
    public static void matchCharacters(ElasticsearchSearchRequestTransformerContext request, String text) {
        JsonObject highlight = request.body().getAsJsonObject("highlight");
        if (highlight == null) {
            return;
        }
        var fields = new JsonArray();
        for (String field : new String[] {NAME, TAGS, CAPABILITIES, DESCRIPTION}) {
            fields.add(field);
        }
        var match = new JsonObject();
        match.addProperty("query", text.length() <= SHORT_TEXT ? text : words(text));
        match.add("fields", fields);
        var query = new JsonObject();
        query.add("multi_match", match);
        highlight.add("highlight_query", query);
    }

    /**
     * The highlight projections of a composite hit, by field: {@code values[offset + i]} holds the
     * fragments of {@code fields.get(i)}; fields without fragments are left out.
     */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, java.util.List<String>> byField(java.util.List<String> fields, Object[] values, int offset) {
        java.util.Map<String, java.util.List<String>> highlights = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            var fragments = (java.util.List<String>) values[offset + i];
            if (!fragments.isEmpty()) {
                highlights.put(fields.get(i), fragments);
            }
        }
        return highlights;
    }

    private static String words(String text) {
        var words = new java.util.LinkedHashSet<String>();
        for (String token : DomainAnalyzer.shared().tokens(text).split(" ")) {
            if (token.length() >= 2 && !token.startsWith(SynonymDictionary.CONCEPT_PREFIX) && words.size() < MAX_WORDS) {
                words.add(token);
            }
        }
        return String.join(" ", words);
    }
}
