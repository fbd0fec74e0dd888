package cn.wenzhou.fashion.search;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import lombok.RequiredArgsConstructor;

/**
 * Rebuilds every index from the database, the source of truth: after a change of analysis settings or
 * dictionaries, after restoring a database, or when an index was lost.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);

    private final SearchMapping mapping;
    private final SegmentMerger segments;
    private final DomainAnalyzer analyzer;
    private final LibraryGeneration generation;

    /**
     * Reads the domain dictionary and the stop words again, drops and recreates the indexes, then indexes every record;
     * returns the time taken in milliseconds.
     */
    public long reindexAll() throws InterruptedException {
        long start = System.nanoTime();
        LOG.infof("Dictionaries reloaded: %s", analyzer.reload());
        mapping.scope(Object.class).massIndexer()
                // The minimal Elasticsearch has no delete-by-query, which the default purge needs.
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(true)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                .startAndWait();
        segments.mergeAll();
        generation.advance();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Reindexed every record in %d ms", millis);
        return millis;
    }
}
