package cn.wenzhou.fashion.search;

import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import lombok.RequiredArgsConstructor;

/** What the index keeps of a record's texts, made by the {@link DomainAnalyzer}: the scored terms and the concepts. */
@ApplicationScoped
@RequiredArgsConstructor
public class IndexedTerms {

    private final DomainAnalyzer analyzer;
    private final SearchWeights weights;

    /**
     * The one scored field: the tokens of every text, each repeated as often as its field weighs. BM25 over it is
     * BM25F over the text fields (what Elasticsearch's combined_fields computes at query time), but a single
     * field's postings let Elasticsearch skip documents that cannot reach the page.
     */
    public String scoredTerms(SearchDocument doc) {
        var tokens = new StringBuilder();
        add(tokens, doc.name(), weights.name());
        add(tokens, doc.otherName(), weights.name());
        doc.tags().forEach(tag -> add(tokens, tag, weights.tags()));
        doc.capabilities().forEach(capability -> add(tokens, capability, weights.capabilities()));
        add(tokens, doc.description(), weights.description());
        return tokens.toString().strip();
    }

    /** The distinct domain concepts of all the record's texts, which matching explains with. */
    public List<String> concepts(SearchDocument doc) {
        var concepts = new LinkedHashSet<String>();
        doc.texts().values().forEach(texts -> texts.forEach(text -> concepts.addAll(analyzer.concepts(text))));
        return List.copyOf(concepts);
    }

    private void add(StringBuilder tokens, String text, int times) {
        String analyzed = analyzer.tokens(text);
        if (!analyzed.isBlank()) {
            tokens.append((analyzed + " ").repeat(times));
        }
    }
}
