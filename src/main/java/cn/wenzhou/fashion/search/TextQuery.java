package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.search.SearchFields.CAPABILITIES;
import static cn.wenzhou.fashion.search.SearchFields.DESCRIPTION;
import static cn.wenzhou.fashion.search.SearchFields.NAME;
import static cn.wenzhou.fashion.search.SearchFields.TAGS;
import static cn.wenzhou.fashion.search.SearchFields.TERMS_SUFFIX;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The free-text part of a search or of match retrieval: words and concepts decide what matches, and
 * concepts count once more. Single characters only match when the text has no word at all (a lone 鞋
 * would match every shoe record); {@link Highlighter} marks the words in the hits shown.
 */
@ApplicationScoped
public class TextQuery {

    private final SearchWeights weights;

    public TextQuery(SearchWeights weights) {
        this.weights = weights;
    }

    /** Adds the clauses for {@code text} to {@code bool}. */
    public void addTo(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, AnalyzedText text) {
        if (text.isBlank()) {
            bool.must(f.match()
                    .field(NAME).boost(weights.name())
                    .field(TAGS).boost(weights.tags())
                    .field(CAPABILITIES).boost(weights.capabilities())
                    .field(DESCRIPTION).boost(weights.description())
                    .matching(text.text()));
            return;
        }
        // Words and concepts in two clauses, either of which may match. A sum of per-term BM25F scores, like
        // one query over all tokens plus the concepts once more, but two clauses score far fewer postings.
        var es = f.extension(ElasticsearchExtension.get());
        var either = f.bool();
        if (!text.words().isEmpty()) {
            either.should(es.fromJson(combinedFields(String.join(" ", text.words()), weights.minimumShouldMatch())));
        }
        if (!text.concepts().isEmpty()) {
            JsonObject concepts = combinedFields(String.join(" ", text.concepts()), null);
            concepts.getAsJsonObject("combined_fields").addProperty("boost", 1 + weights.concepts());
            either.should(es.fromJson(concepts));
        }
        bool.must(either);
    }

    /**
     * One BM25F query over the token fields (Elasticsearch's combined_fields): the fields count as one, so
     * the share of the text's tokens a record must contain spans all its fields.
     */
    private JsonObject combinedFields(String tokens, String minimumShouldMatch) {
        // combined_fields takes boosts of 1 or more: scale the weights, keeping their ratios.
        float scale = 1 / Math.min(1, Math.min(Math.min(weights.name(), weights.tags()), Math.min(weights.capabilities(), weights.description())));
        var fields = new JsonArray();
        fields.add(NAME + TERMS_SUFFIX + "^" + weights.name() * scale);
        fields.add(TAGS + TERMS_SUFFIX + "^" + weights.tags() * scale);
        fields.add(CAPABILITIES + TERMS_SUFFIX + "^" + weights.capabilities() * scale);
        fields.add(DESCRIPTION + TERMS_SUFFIX + "^" + weights.description() * scale);
        var options = new JsonObject();
        options.addProperty("query", tokens);
        options.add("fields", fields);
        if (minimumShouldMatch != null) {
            options.addProperty("minimum_should_match", minimumShouldMatch);
        }
        var query = new JsonObject();
        query.add("combined_fields", options);
        return query;
    }
}
