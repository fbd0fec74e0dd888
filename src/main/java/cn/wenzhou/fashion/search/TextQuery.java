package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.search.SearchFields.CAPABILITIES;
import static cn.wenzhou.fashion.search.SearchFields.DESCRIPTION;
import static cn.wenzhou.fashion.search.SearchFields.NAME;
import static cn.wenzhou.fashion.search.SearchFields.TAGS;
import static cn.wenzhou.fashion.search.SearchFields.TERMS;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import com.google.gson.JsonObject;

import lombok.RequiredArgsConstructor;

/**
 * The free-text part of a search or of match retrieval: words and concepts decide what matches, and
 * concepts count once more. Single characters only match when the text has no word at all (a lone 鞋
 * would match every shoe record); {@link Highlighter} marks the words in the hits shown.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class TextQuery {

    private final SearchWeights weights;

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
        // Words and concepts in two clauses, either of which may match: a concept counts once more.
        var es = f.extension(ElasticsearchExtension.get());
        var either = f.bool();
        if (!text.words().isEmpty()) {
            either.should(es.fromJson(match(text.words(), 1, weights.minimumShouldMatch())));
        }
        if (!text.concepts().isEmpty()) {
            either.should(es.fromJson(match(text.concepts(), 1 + weights.concepts(), null)));
        }
        bool.must(either);
    }

    /** BM25 over the scored field, whose tokens are repeated by their field's weight (BM25F). */
    private static JsonObject match(List<String> tokens, float boost, String minimumShouldMatch) {
        var options = new JsonObject();
        options.addProperty("query", String.join(" ", tokens));
        options.addProperty("boost", boost);
        if (minimumShouldMatch != null) {
            options.addProperty("minimum_should_match", minimumShouldMatch);
        }
        var field = new JsonObject();
        field.add(TERMS, options);
        var query = new JsonObject();
        query.add("match", field);
        return query;
    }
}
