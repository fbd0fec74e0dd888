package cn.wenzhou.fashion.web;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import io.vertx.ext.web.RoutingContext;
import lombok.RequiredArgsConstructor;

/**
 * Times search, suggestions, matching, the preview and page rendering in {@value #METER}, tagged {@code operation}
 * ({@link TimedOperation}) and {@code outcome} (SUCCESS, CLIENT_ERROR, ...), from the moment a resource is matched
 * until the last byte of the answer is written (a page's template rendering included). The histogram has fixed
 * buckets ({@link #BUCKETS}), so that Prometheus computes a p95 over any set of instances with
 * {@code histogram_quantile}.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class RequestLatency {

    static final String METER = "library.requests";
    /** Around the goals (search pages within 60 ms at p95, matching within a second). */
    private static final Duration[] BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2_500), Duration.ofSeconds(5),
            Duration.ofSeconds(10) };

    private final MeterRegistry registry;

    /** Before the other filters, so that a refusal of the rate limits is timed as well. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void start(ContainerRequestContext request, RoutingContext routing) {
        TimedOperation.of(request.getUriInfo().getPath()).ifPresent(operation -> {
            Timer.Sample sample = Timer.start(registry);
            routing.addEndHandler(ended -> sample.stop(timer(operation, routing.response().getStatusCode())));
        });
    }

    private Timer timer(TimedOperation operation, int status) {
        return Timer.builder(METER)
                .description("Time to answer search, suggestions, matching, the preview of matches and the pages")
                .tag("operation", operation.tag())
                .tag("outcome", Outcome.forStatus(status).name())
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}
