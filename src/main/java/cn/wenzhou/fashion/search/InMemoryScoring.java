package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.SmallFloat;

import lombok.RequiredArgsConstructor;

/**
 * Scores one record's text against a search's text in the service, as Elasticsearch scores it: the query's clauses as
 * {@link TextQuery} builds them (words with their minimum to match, or concepts with their boost), each term scored by
 * Lucene's BM25 with the index's parameters and collection statistics ({@link ScoringStatistics}) and summed as
 * Lucene's boolean query sums, so that the score equals the index's. A record's term scores are computed once and
 * shared by every search it meets: a batch meets thousands of saved searches.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class InMemoryScoring {

    /** Elasticsearch splits the scored field on whitespace only ({@link SearchFields#TERMS_ANALYZER}). */
    private static final Analyzer WHITESPACE = new WhitespaceAnalyzer();

    private final SearchWeights weights;

    /** A search's text as the index is queried: either clause may match; null for no text. */
    public ScoredQuery query(AnalyzedText text) {
        if (text.isBlank()) {
            return null;
        }
        return new ScoredQuery(text.words(), minimumShouldMatch(weights.minimumShouldMatch(), text.words().size()),
                text.concepts(), 1 + weights.concepts());
    }

    /** Elasticsearch's minimum_should_match for a count of optional clauses: a number or a percentage, negative for "all but". */
    static int minimumShouldMatch(String spec, int optional) {
        String value = spec.strip();
        boolean percent = value.endsWith("%");
        int n = Integer.parseInt(percent ? value.substring(0, value.length() - 1) : value);
        int result = percent ? (int) (optional * n / 100f) : n;
        if (n < 0) {
            result = optional + result;
        }
        return Math.max(0, Math.min(result, optional));
    }

    /** A record's scored terms, ready to be scored with the statistics of its kind's index. */
    public ScoredRecord record(String scoredTerms, ScoredFieldStatistics statistics) {
        Map<String, Integer> frequencies = new HashMap<>();
        int length = 0;
        try (TokenStream stream = WHITESPACE.tokenStream(SearchFields.TERMS, scoredTerms)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                frequencies.merge(term.toString(), 1, Integer::sum);
                length++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScoredRecord(frequencies, SmallFloat.intToByte4(length), statistics);
    }

    /**
     * The clauses of a search's text.
     *
     * @param minimumShouldMatch how many of the words must occur (0: one is enough)
     */
    public record ScoredQuery(List<String> words, int minimumShouldMatch, List<String> concepts, float conceptBoost) {
    }

    /** One record's term frequencies and length; its term scores are kept per boost. Not thread-safe. */
    public static final class ScoredRecord {

        private final Map<String, Integer> frequencies;
        private final long norm;
        private final ScoredFieldStatistics statistics;
        private final BM25Similarity bm25;
        private final Map<Float, Map<String, Float>> termScores = new HashMap<>();

        private ScoredRecord(Map<String, Integer> frequencies, int norm, ScoredFieldStatistics statistics) {
            this.frequencies = frequencies;
            this.norm = norm;
            this.statistics = statistics;
            this.bm25 = new BM25Similarity(statistics.k1(), statistics.b());
        }

        /** The record's score for the query, 0 when it does not match. */
        public float score(ScoredQuery query) {
            float words = clause(query.words(), query.minimumShouldMatch(), 1f);
            float concepts = clause(query.concepts(), 0, query.conceptBoost());
            // A boolean query sums its matching clauses' float scores in double.
            return (float) ((double) words + concepts);
        }

        /** A disjunction of term queries on the scored field: the sum of the matching ones, 0 below its minimum. */
        private float clause(List<String> terms, int minimumShouldMatch, float boost) {
            double sum = 0;
            int matched = 0;
            for (String term : terms) {
                Integer frequency = frequencies.get(term);
                if (frequency != null) {
                    sum += termScore(term, frequency, boost);
                    matched++;
                }
            }
            return matched > 0 && matched >= minimumShouldMatch ? (float) sum : 0f;
        }

        /**
         * Elasticsearch 8's BM25 (its LegacyBM25Similarity): Lucene's, with the boost multiplied by k1 + 1 as BM25 was
         * defined before Lucene 8 left the factor out, so that scores keep their scale.
         */
        private float termScore(String term, int frequency, float boost) {
            return termScores.computeIfAbsent(boost, b -> new HashMap<>()).computeIfAbsent(term, t -> {
                SimScorer scorer = bm25.scorer(boost * (1 + statistics.k1()), statistics.collection(), statistics.term(t));
                return scorer.score(frequency, norm);
            });
        }
    }
}
