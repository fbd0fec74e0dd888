package cn.wenzhou.fashion.search;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.smallrye.health.api.HealthGroup;

/**
 * The search side's gauges. {@code library.elasticsearch.up}: 1 while {@link ElasticsearchHealthCheck} says UP (the
 * cluster answers green or yellow), 0 otherwise, asked at each scrape (the outbox's backlog is
 * {@link IndexOutboxMetrics}).
 */
@ApplicationScoped
public class SearchClusterMetrics implements MeterBinder {

    private final ElasticsearchHealthCheck health;

    public SearchClusterMetrics(@HealthGroup(ElasticsearchHealthCheck.GROUP) ElasticsearchHealthCheck health) {
        this.health = health;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("library.elasticsearch.up", health, check -> check.call().getStatus() == HealthCheckResponse.Status.UP ? 1 : 0)
                .description("1 while the Elasticsearch cluster answers green or yellow, 0 otherwise")
                .strongReference(true)
                .register(registry);
    }
}
