package cn.wenzhou.fashion.search;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Creates the indexes, or checks the existing ones, once the cluster answers: not at boot, so that the service starts
 * and serves what the database can answer while Elasticsearch is unreachable (production sets Hibernate Search's own
 * schema management to none). Until then no change is applied ({@link IndexEventProcessor}): a write to a missing
 * index would create it with a mapping of Elasticsearch's guessing. Then it gives the indexes their replicas
 * ({@link IndexReplicas}) and reports how far the index and the database differ ({@link IndexCounts}).
 */
@ApplicationScoped
public class IndexSchema {

    private static final Logger LOG = Logger.getLogger(IndexSchema.class);

    private final SearchMapping mapping;
    private final IndexCounts counts;
    private final IndexReplicas replicas;
    private volatile boolean ready;
    private final AtomicReference<String> lastProblem = new AtomicReference<>();

    public IndexSchema(SearchMapping mapping, IndexCounts counts, IndexReplicas replicas) {
        this.mapping = mapping;
        this.counts = counts;
        this.replicas = replicas;
    }

    /** Whether the indexes exist as the mapping wants them. */
    public boolean ready() {
        return ready;
    }

    @Scheduled(every = "${library.indexing.schema-retry}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ensure() {
        if (ready) {
            return;
        }
        try {
            mapping.scope(Object.class).schemaManager().createOrValidate();
        } catch (SearchException e) {
            // Once per distinct problem: an unreachable cluster is retried quietly.
            if (!String.valueOf(e.getMessage()).equals(lastProblem.getAndSet(String.valueOf(e.getMessage())))) {
                LOG.warnf("Index schema not created or checked yet (search answers 503 until it is): %s", e.getMessage());
            }
            return;
        }
        ready = true;
        LOG.info("Index schema created or checked");
        replicas.apply();
        counts.report();
    }
}
