package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.elasticsearch.client.ResponseException;
import org.hibernate.search.util.common.SearchTimeoutException;

/**
 * Tells a failure of an unreachable, overloaded or unready cluster (which changes wait out, however long, without
 * being charged an attempt, while the processor backs off) from other indexing failures (which count as attempts):
 * <ul>
 * <li>no answer: an I/O failure anywhere in the causes (refused, reset or timed-out connections), a request that
 * timed out in Hibernate Search or the client;</li>
 * <li>an answer that says "not now": HTTP 408, 429, 502, 503 or 504 (from Elasticsearch, or a proxy before it), or one
 * of Elasticsearch's error types for a cluster that is starting, blocked (a read-only block after a full disk) or
 * short of memory or threads.</li>
 * </ul>
 * The low-level client's {@link ResponseException} is an {@link IOException} too, but an answer: it goes by its status.
 */
final class ClusterUnavailable {

    private static final Set<Integer> UNAVAILABLE_STATUSES = Set.of(408, 429, 502, 503, 504);
    private static final List<String> UNAVAILABLE_TYPES = List.of("unavailable_shards_exception", "no_shard_available_action_exception",
            "master_not_discovered_exception", "es_rejected_execution_exception", "cluster_block_exception",
            "circuit_breaking_exception", "process_cluster_event_timeout_exception", "receive_timeout_transport_exception");
    /**
     * A status as Hibernate Search writes it into its messages ("Status: 429", "Response: 503 'Service Unavailable'")
     * and as a bulk item's body carries it ("status":429).
     */
    private static final Pattern UNAVAILABLE_STATUS = Pattern.compile("(?:status\\W{1,4}|response: )(?:408|429|502|503|504)\\b");

    private ClusterUnavailable() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseException response) {
                if (UNAVAILABLE_STATUSES.contains(response.getResponse().getStatusLine().getStatusCode())) {
                    return true;
                }
            } else if (cause instanceof IOException || cause instanceof TimeoutException || cause instanceof SearchTimeoutException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (UNAVAILABLE_TYPES.stream().anyMatch(message::contains) || UNAVAILABLE_STATUS.matcher(message).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether nothing answered at all (a refused or failed connection, an unknown host), as opposed to a cluster that
     * answers "not now" or too slowly: the one case where a cheap probe may end the processor's back-off.
     */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && !(cause instanceof ResponseException) && !(cause instanceof java.net.SocketTimeoutException)) {
                return true;
            }
        }
        return false;
    }
}
