package cn.wenzhou.fashion.search;

import jakarta.validation.constraints.PositiveOrZero;

import io.smallrye.config.ConfigMapping;

/** How many copies the cluster keeps of each index (README "Sizing the indexes"); applied by {@link IndexReplicas}. */
@ConfigMapping(prefix = "library.elasticsearch")
public interface IndexSizing {

    /** Copies of each primary shard on other nodes: 0 on a single node, 1 for a cluster of 2-3 data nodes. */
    @PositiveOrZero
    int replicas();
}
