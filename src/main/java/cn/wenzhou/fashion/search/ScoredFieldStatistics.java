package cn.wenzhou.fashion.search;

import java.util.Map;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;

/**
 * What one kind's index scores its scored field with: BM25's k1 and b, how many documents have the field and how
 * many tokens they hold (the average length), and in how many documents each term occurs. An Elasticsearch shard
 * scores with its own statistics, and each kind's index has one shard.
 *
 * @param docFreqs documents per term; a term missing here occurs in none (the record being scored is then its one)
 */
public record ScoredFieldStatistics(float k1, float b, long docCount, long sumTotalTermFreq, long sumDocFreq, Map<String, Long> docFreqs) {

    CollectionStatistics collection() {
        long docs = Math.max(1, docCount);
        long sumDocs = Math.max(docs, sumDocFreq);
        return new CollectionStatistics(SearchFields.TERMS, docs, docs, Math.max(sumDocs, sumTotalTermFreq), sumDocs);
    }

    /** A term's statistics; the total term frequency is not used by BM25. */
    TermStatistics term(String term) {
        long docFreq = Math.max(1, docFreqs.getOrDefault(term, 1L));
        return new TermStatistics(new BytesRef(term), docFreq, docFreq);
    }
}
