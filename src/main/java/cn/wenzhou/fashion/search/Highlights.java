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

    /** Makes the request's highlighter mark the characters of {@code text} in the readable fields. */
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
        match.addProperty("query", text);
        match.add("fields", fields);
        var query = new JsonObject();
        query.add("multi_match", match);
        highlight.add("highlight_query", query);
    }
}
