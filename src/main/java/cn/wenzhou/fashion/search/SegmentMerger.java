package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.jboss.logging.Logger;

import lombok.RequiredArgsConstructor;

/**
 * Merges every index into one segment after a bulk load. A search visits each segment of an index: after
 * an import of 100,000 records an index has a dozen or more, and merged it answers searches about a third
 * faster (docs/benchmarks.md). The indexes stay far below Elasticsearch's 5 GB segment limit, so the merged
 * segment still takes part in the normal merges of later writes.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SegmentMerger {

    private static final Logger LOG = Logger.getLogger(SegmentMerger.class);
    /**
     * A merge answers when it is done: minutes at a million records, where the client's read timeout (30 s) gave up
     * on it while Elasticsearch went on merging, and searches ran against a merge the reindex no longer waited for.
     */
    private static final RequestOptions PATIENT = RequestOptions.DEFAULT.toBuilder()
            .setRequestConfig(RequestConfig.custom().setConnectTimeout(1_000).setSocketTimeout((int) Duration.ofMinutes(30).toMillis()).build())
            .build();

    private final LibraryIndexes indexes;

    /**
     * Merges the segments; a failure is logged, not thrown: the records are stored and searchable anyway.
     * Hibernate Search's own merge leaves the segment count to Elasticsearch's merge policy, hence this request.
     */
    public void mergeAll() {
        long start = System.nanoTime();
        var request = new Request("POST", "/" + indexes.writeNames() + "/_forcemerge");
        request.addParameter("max_num_segments", "1");
        request.setOptions(PATIENT);
        try {
            indexes.perform(request);
            LOG.infof("Index segments merged in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Index segments not merged (searches stay correct, only slower): %s", e.getMessage());
        }
    }
}
