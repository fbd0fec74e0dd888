package cn.wenzhou.fashion.search;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.elasticsearch.client.Request;
import org.jboss.logging.Logger;

import lombok.RequiredArgsConstructor;

/**
 * Gives every index {@code library.elasticsearch.replicas} replicas and Elasticsearch's periodic refresh: once the
 * indexes are created or checked ({@link IndexSchema}), and after a reindex has created them again, which fills them
 * without replicas and without refreshes ({@link #forBulkLoad}): each document is then written once, into large
 * segments, instead of once per copy into a small segment every second. Not in {@code elastic/index-settings.json}:
 * Quarkus fixes that file at build time, while the right count depends on the cluster the service runs against (a
 * single node stays yellow with any replica; three nodes answer through the loss of one with one), and Elasticsearch
 * changes it on a live index.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class IndexReplicas {

    private static final Logger LOG = Logger.getLogger(IndexReplicas.class);

    private final LibraryIndexes indexes;
    private final IndexSizing sizing;

    /**
     * Sets the count and the default refresh; a failure is logged, not thrown: the indexes answer anyway, only with the
     * copies they have, until the next start or reindex.
     */
    public void apply() {
        int replicas = sizing.replicas();
        try {
            put("{\"index\":{\"number_of_replicas\":" + replicas + ",\"refresh_interval\":null}}");
            LOG.infof("Indexes set to %d replicas", replicas);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Indexes not set to %d replicas (they answer, with the copies they have): %s", replicas, e.getMessage());
        }
    }

    /**
     * No replica and no periodic refresh, while a reindex fills the indexes anew; {@link #apply} restores both. A failure
     * is logged, not thrown: the load is only slower.
     */
    public void forBulkLoad() {
        try {
            put("{\"index\":{\"number_of_replicas\":0,\"refresh_interval\":\"-1\"}}");
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Indexes not prepared for a bulk load (it runs, only slower): %s", e.getMessage());
        }
    }

    private void put(String settings) throws IOException {
        var request = new Request("PUT", "/" + indexes.writeNames() + "/_settings");
        request.setJsonEntity(settings);
        indexes.perform(request);
    }
}
