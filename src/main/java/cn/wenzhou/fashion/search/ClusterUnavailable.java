package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.util.Locale;

/**
 * Tells a failure of an unreachable or unready cluster (which changes wait out, however long) from other indexing
 * failures (which count as attempts): an I/O failure anywhere in the causes (refused, reset or timed-out
 * connections), or Elasticsearch answering that the shards are not available yet, as after a restart.
 */
final class ClusterUnavailable {

    private ClusterUnavailable() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("unavailable_shards_exception") || message.contains("no_shard_available_action_exception")
                    || message.contains("master_not_discovered_exception")) {
                return true;
            }
        }
        return false;
    }
}
