package cn.wenzhou.fashion.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import cn.wenzhou.fashion.domain.IndexBacklog;

/**
 * The outbox's backlog counted at most once per {@code refresh} on an instance, however often the health check and
 * the metrics ask: the count is an aggregate over the whole outbox, which grows while Elasticsearch is away.
 */
final class RecentBacklog {

    private record Counted(IndexBacklog backlog, Instant at) {
    }

    private final Supplier<IndexBacklog> count;
    private final Duration refresh;
    private final Clock clock;
    private volatile Counted last;

    RecentBacklog(Supplier<IndexBacklog> count, Duration refresh, Clock clock) {
        this.count = count;
        this.refresh = refresh;
        this.clock = clock;
    }

    IndexBacklog get() {
        Counted counted = last;
        if (counted == null || !clock.instant().isBefore(counted.at().plus(refresh))) {
            synchronized (this) {
                counted = last;
                if (counted == null || !clock.instant().isBefore(counted.at().plus(refresh))) {
                    counted = new Counted(count.get(), clock.instant());
                    last = counted;
                }
            }
        }
        return counted.backlog();
    }
}
