package cn.wenzhou.fashion.search;

import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import io.quarkus.runtime.Startup;

/**
 * The failures that Hibernate Search reports instead of throwing them to a caller (indexing after a commit, mass
 * indexing, background work): logged as its default handler does, and counted in {@value #METER}, tagged
 * {@code kind} = entity (an entity's document could not be written) or other, so that an alert sees an index
 * falling out of step with the database.
 */
@SearchExtension
// Made at start, not at the first failure, so that the counters are published (at 0) before anything fails.
@Startup
public class IndexingFailures implements FailureHandler {

    static final String METER = "library.index.failures";
    private static final Logger LOG = Logger.getLogger(IndexingFailures.class);

    private final Counter entity;
    private final Counter other;

    public IndexingFailures(MeterRegistry registry) {
        this.entity = counter(registry, "entity");
        this.other = counter(registry, "other");
    }

    private static Counter counter(MeterRegistry registry, String kind) {
        return Counter.builder(METER).tag("kind", kind)
                .description("Indexing failures reported by Hibernate Search (the index may miss changes until a reindex)")
                .register(registry);
    }

    @Override
    public void handle(FailureContext context) {
        other.increment();
        LOG.errorf(context.throwable(), "Indexing failed: %s", context.failingOperation());
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        entity.increment();
        LOG.errorf(context.throwable(), "Indexing failed: %s; entities %s", context.failingOperation(), context.failingEntityReferences());
    }
}
