package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class RecentResultsTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final LibraryGeneration generation = new LibraryGeneration();

    private String compute() {
        return "result " + computed.incrementAndGet();
    }

    @Test
    void aRepeatedKeyReusesTheResult() {
        var recent = new RecentResults<String, String>(Duration.ofMinutes(1), 10, generation);
        assertThat(recent.get("鞋底", this::compute)).isEqualTo("result 1");
        assertThat(recent.get("鞋底", this::compute)).isEqualTo("result 1");
        assertThat(recent.get("镜架", this::compute)).isEqualTo("result 2");
    }

    @Test
    void aChangeOfTheLibraryIsNeverServedStale() {
        var recent = new RecentResults<String, String>(Duration.ofMinutes(1), 10, generation);
        recent.get("鞋底", this::compute);
        generation.advance();
        assertThat(recent.get("鞋底", this::compute)).isEqualTo("result 2");
    }

    @Test
    void aFailureIsNotKept() {
        var recent = new RecentResults<String, String>(Duration.ofMinutes(1), 10, generation);
        assertThatThrownBy(() -> recent.get("鞋底", () -> {
            throw new IllegalStateException("Elasticsearch is down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(recent.get("鞋底", this::compute)).isEqualTo("result 1");
    }

    @Test
    void noTimeToLiveKeepsNothing() {
        var recent = new RecentResults<String, String>(Duration.ZERO, 10, generation);
        recent.get("鞋底", this::compute);
        assertThat(recent.get("鞋底", this::compute)).isEqualTo("result 2");
    }

    @Test
    void reuseIsCountedAsHitsAndMisses() {
        var registry = new SimpleMeterRegistry();
        var recent = new RecentResults<String, String>(Duration.ofMinutes(1), 10, generation).measuredAs("recent-searches", registry);
        recent.get("鞋底", this::compute);
        recent.get("鞋底", this::compute);
        recent.get("鞋底", this::compute);
        recent.get("镜架", this::compute);

        assertThat(registry.get("cache.gets").tags("cache", "recent-searches", "result", "hit").functionCounter().count()).isEqualTo(2.0);
        assertThat(registry.get("cache.gets").tags("cache", "recent-searches", "result", "miss").functionCounter().count()).isEqualTo(2.0);
    }
}
