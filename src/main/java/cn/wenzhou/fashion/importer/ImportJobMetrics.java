package cn.wenzhou.fashion.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import cn.wenzhou.fashion.domain.ImportJobRepository;
import cn.wenzhou.fashion.domain.ImportJobRepository.Unfinished;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The import jobs of all replicas, read from the database (so every instance reports the same figures: take the
 * max across instances): {@code library.import.jobs} waiting and running ({@code status}), and
 * {@code library.import.lines} of the running jobs ({@code state} = read so far, done, failed). One scrape reads the
 * database once: the figures are reused for {@link #FRESH}.
 */
@ApplicationScoped
public class ImportJobMetrics implements MeterBinder {

    static final Duration FRESH = Duration.ofSeconds(5);

    private final ImportJobRepository jobs;
    private final Clock clock;
    private Unfinished figures;
    private Instant readAt = Instant.MIN;

    public ImportJobMetrics(ImportJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "library.import.jobs", "status", "queued", "Import jobs waiting for a worker or running", Unfinished::queued);
        gauge(registry, "library.import.jobs", "status", "running", "Import jobs waiting for a worker or running", Unfinished::running);
        String lines = "Lines of the running import jobs: read so far, done (created, updated or left out), failed";
        gauge(registry, "library.import.lines", "state", "read", lines, Unfinished::linesRead);
        gauge(registry, "library.import.lines", "state", "done", lines, Unfinished::linesDone);
        gauge(registry, "library.import.lines", "state", "failed", lines, Unfinished::linesFailed);
    }

    private void gauge(MeterRegistry registry, String name, String tag, String value, String description, ToLongFunction<Unfinished> figure) {
        Gauge.builder(name, this, metrics -> figure.applyAsLong(metrics.figures()))
                .tag(tag, value).description(description).strongReference(true).register(registry);
    }

    private synchronized Unfinished figures() {
        Instant now = clock.instant();
        if (figures == null || readAt.plus(FRESH).isBefore(now)) {
            figures = QuarkusTransaction.requiringNew().call(jobs::unfinished);
            readAt = now;
        }
        return figures;
    }
}
