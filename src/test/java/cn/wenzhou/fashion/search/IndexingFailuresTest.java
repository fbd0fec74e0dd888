package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The failures Hibernate Search reports are counted by kind, so that an alert sees an index falling behind. */
class IndexingFailuresTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IndexingFailures failures = new IndexingFailures(registry);

    private double count(String kind) {
        return registry.get("library.index.failures").tag("kind", kind).counter().count();
    }

    @Test
    void entityAndOtherFailuresAreCountedApart() {
        assertThat(count("entity")).isZero();

        EntityIndexingFailureContext.Builder entity = EntityIndexingFailureContext.builder();
        entity.throwable(new IllegalStateException("cluster unreachable"));
        entity.failingOperation("Indexing Need#7");
        failures.handle(entity.build());
        failures.handle(entity.build());
        FailureContext.Builder massIndexing = FailureContext.builder();
        massIndexing.throwable(new IllegalStateException("cluster unreachable"));
        massIndexing.failingOperation("Mass indexing");
        failures.handle(massIndexing.build());

        assertThat(count("entity")).isEqualTo(2.0);
        assertThat(count("other")).isEqualTo(1.0);
    }
}
