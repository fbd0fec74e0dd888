package cn.wenzhou.fashion.search;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

/**
 * Rebuilds every index from the database, the source of truth: after a change of analysis settings or
 * dictionaries, after restoring a database, or when an index was lost.
 */
@ApplicationScoped
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);

    private final SearchMapping mapping;
    private final java.util.Optional<String> dictionary;

    public Reindexer(SearchMapping mapping,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "library.search.dictionary") java.util.Optional<String> dictionary) {
        this.mapping = mapping;
        this.dictionary = dictionary;
    }

    /**
     * Reads the domain dictionary again, drops and recreates the indexes, then indexes every record;
     * returns the time taken in milliseconds.
     */
    public long reindexAll() throws InterruptedException {
        long start = System.nanoTime();
        int groups = DomainAnalyzer.reload(dictionary.filter(f -> !f.isBlank()).map(java.nio.file.Path::of).orElse(null));
        LOG.infof("Dictionary reloaded: %d synonym groups", groups);
        mapping.scope(Object.class).massIndexer()
                // The minimal Elasticsearch has no delete-by-query, which the default purge needs.
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(true)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                .startAndWait();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Reindexed every record in %d ms", millis);
        return millis;
    }
}
