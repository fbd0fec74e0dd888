package cn.wenzhou.fashion.search;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Results kept for reuse for a few seconds, and never across a change of the library made through this
 * instance ({@link LibraryGeneration}). Popular searches and type-ahead prefixes (鞋, 镜架, sli...) come back far
 * more often than records change, and a kept result costs no Elasticsearch request. The time limit bounds
 * how long a change made through another instance, or racing with the search, can stay unseen.
 */
final class RecentResults<K, V> {

    private record Entry<K>(long generation, K key) {
    }

    private final Cache<Entry<K>, V> cache;
    private final LibraryGeneration generation;

    RecentResults(Duration timeToLive, long maximumSize, LibraryGeneration generation) {
        this.generation = generation;
        this.cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumSize).recordStats().build();
    }

    /**
     * Publishes how often a result is reused: {@code cache.gets} with {@code result} hit or miss, and the size and
     * evictions, tagged {@code cache=name}.
     */
    RecentResults<K, V> measuredAs(String name, MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
        return this;
    }

    /** The kept result for {@code key}, or a new one from {@code compute} (which is kept unless it throws). */
    V get(K key, Supplier<V> compute) {
        var entry = new Entry<>(generation.current(), key);
        V kept = cache.getIfPresent(entry);
        if (kept != null) {
            return kept;
        }
        V computed = compute.get();
        cache.put(entry, computed);
        return computed;
    }
}
