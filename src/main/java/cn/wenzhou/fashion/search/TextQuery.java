package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.search.SearchFields.CAPABILITIES;
import static cn.wenzhou.fashion.search.SearchFields.DESCRIPTION;
import static cn.wenzhou.fashion.search.SearchFields.NAME;
import static cn.wenzhou.fashion.search.SearchFields.TAGS;
import static cn.wenzhou.fashion.search.SearchFields.TERMS_SUFFIX;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The free-text part of a search or of match retrieval: words and concepts decide what matches, and
 * concepts count once more. Single characters only match when the text has no word at all (a lone 鞋
 * would match every shoe record); highlights use them through {@link Highlights}.
 */
@ApplicationScoped
public class TextQuery {

    private final SearchWeights weights;

    public TextQuery(SearchWeights weights) {
        this.weights = weights;
    }

    /** Adds the clauses for {@code text} to {@code bool}. */
    public void addTo(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String text) {
        var characters = f.match()
                .field(NAME).boost(weights.name())
                .field(TAGS).boost(weights.tags())
                .field(CAPABILITIES).boost(weights.capabilities())
                .field(DESCRIPTION).boost(weights.description())
                .matching(text);
        String tokens = DomainAnalyzer.shared().tokens(text);
        if (tokens.isBlank()) {
            bool.must(characters);
            return;
        }
        bool.must(terms(f, tokens));
        List<String> concepts = DomainAnalyzer.shared().concepts(text);
        if (!concepts.isEmpty()) {
            bool.should(terms(f, String.join(" ", concepts)).boost(weights.concepts()));
        }
    }

    private MatchPredicateOptionsStep<?> terms(SearchPredicateFactory f, String tokens) {
        return f.match()
                .field(NAME + TERMS_SUFFIX).boost(weights.name())
                .field(TAGS + TERMS_SUFFIX).boost(weights.tags())
                .field(CAPABILITIES + TERMS_SUFFIX).boost(weights.capabilities())
                .field(DESCRIPTION + TERMS_SUFFIX).boost(weights.description())
                .matching(tokens);
    }
}
