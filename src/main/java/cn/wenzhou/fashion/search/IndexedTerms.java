package cn.wenzhou.fashion.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import lombok.RequiredArgsConstructor;

/** What the index keeps of a record's texts, made by the {@link DomainAnalyzer}: the scored terms and the concepts. */
@ApplicationScoped
@RequiredArgsConstructor
public class IndexedTerms {

    private final DomainAnalyzer analyzer;
    private final SearchWeights weights;
    /** Analyses made ahead of their documents' writing ({@link #analyzeAhead}), taken by the writer. */
    private final Map<SearchDocument, Analysis> ahead = new ConcurrentHashMap<>();

    /** What the index keeps of a document's texts: its scored terms and its concepts. */
    record Analysis(String scoredTerms, List<String> concepts) {
    }

    /** Documents analyzed ahead; closing forgets those that were not written. */
    interface AnalyzedAhead extends AutoCloseable {
        @Override
        void close();
    }

    /** A document's analysis: made ahead for it, or now. */
    Analysis of(SearchDocument doc) {
        Analysis made = ahead.remove(doc);
        return made != null ? made : analysis(doc);
    }

    /**
     * Analyses documents about to be written on every core: segmenting their Chinese is most of what a write costs,
     * and Hibernate Search writes a batch's documents in one thread, which then takes them ready ({@link #of}).
     */
    AnalyzedAhead analyzeAhead(Collection<SearchDocument> docs) {
        docs.parallelStream().forEach(doc -> ahead.put(doc, analysis(doc)));
        return () -> docs.forEach(ahead::remove);
    }

    private Analysis analysis(SearchDocument doc) {
        return new Analysis(scoredTerms(doc), concepts(doc));
    }

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
