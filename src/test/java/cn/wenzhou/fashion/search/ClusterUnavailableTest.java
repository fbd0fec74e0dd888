package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;

import org.elasticsearch.client.ElasticsearchResponses;
import org.hibernate.search.backend.elasticsearch.client.common.spi.ElasticsearchRequest;
import org.hibernate.search.backend.elasticsearch.client.common.spi.ElasticsearchResponse;
import org.hibernate.search.backend.elasticsearch.logging.spi.ElasticsearchClientLog;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The classifier against the exceptions that Hibernate Search's Elasticsearch client and the low-level REST client
 * really throw, built with their own factories (messages and all), not strings written here.
 */
class ClusterUnavailableTest {

    private static final ElasticsearchClientLog LOG = ElasticsearchClientLog.INSTANCE;
    private static final ElasticsearchRequest BULK = ElasticsearchRequest.post().pathComponent(
            org.hibernate.search.backend.elasticsearch.client.common.util.spi.URLEncodedString.fromString("_bulk")).build();

    @Test
    void noAnswerIsUnavailable() {
        assertThat(ClusterUnavailable.isCause(new SearchException("HSEARCH", new ConnectException("Connection refused")))).isTrue();
        assertThat(ClusterUnavailable.isCause(new CompletionException(new SocketTimeoutException("30,000 milliseconds timeout on connection"))))
                .isTrue();
        assertThat(ClusterUnavailable.isCause(LOG.requestTimedOut(Duration.ofSeconds(30), BULK))).isTrue();
        assertThat(ClusterUnavailable.isCause(LOG.elasticsearchStatus408RequestTimeout())).isTrue();
    }

    @Test
    void overloadedBlockedOrGatewayAnswersAreUnavailable() {
        assertThat(ClusterUnavailable.isCause(failed(429, "Too Many Requests", error("es_rejected_execution_exception")))).isTrue();
        assertThat(ClusterUnavailable.isCause(failed(429, "Too Many Requests", error("circuit_breaking_exception")))).isTrue();
        assertThat(ClusterUnavailable.isCause(failed(403, "Forbidden", error("cluster_block_exception")))).isTrue();
        assertThat(ClusterUnavailable.isCause(failed(503, "Service Unavailable", error("master_not_discovered_exception")))).isTrue();
        assertThat(ClusterUnavailable.isCause(failed(502, "Bad Gateway", null))).isTrue();
        assertThat(ClusterUnavailable.isCause(failed(504, "Gateway Timeout", null))).isTrue();
        assertThat(ClusterUnavailable.isCause(bulkItem(429, "es_rejected_execution_exception"))).isTrue();
        assertThat(ClusterUnavailable.isCause(bulkItem(403, "cluster_block_exception"))).isTrue();
    }

    @Test
    void lowLevelClientAnswersGoByTheirStatus() throws IOException {
        assertThat(ClusterUnavailable.isCause(ElasticsearchResponses.failure(503, "Service Unavailable", "{}"))).isTrue();
        assertThat(ClusterUnavailable.isCause(ElasticsearchResponses.failure(429, "Too Many Requests", "{}"))).isTrue();
        assertThat(ClusterUnavailable.isCause(ElasticsearchResponses.failure(400, "Bad Request", error("mapper_parsing_exception").toString())))
                .isFalse();
        assertThat(ClusterUnavailable.isCause(ElasticsearchResponses.failure(404, "Not Found", error("index_not_found_exception").toString())))
                .isFalse();
    }

    @Test
    void refusalsOfTheChangeItselfCountAsAttempts() {
        assertThat(ClusterUnavailable.isCause(failed(400, "Bad Request", error("mapper_parsing_exception")))).isFalse();
        assertThat(ClusterUnavailable.isCause(bulkItem(400, "document_parsing_exception"))).isFalse();
        assertThat(ClusterUnavailable.isCause(bulkItem(400, "index_closed_exception"))).isFalse();
        assertThat(ClusterUnavailable.isCause(new IllegalArgumentException("not an indexed type"))).isFalse();
    }

    private static SearchException failed(int status, String reason, JsonObject body) {
        return LOG.elasticsearchRequestFailed(BULK, new ElasticsearchResponse("localhost:9200", status, reason, body), reason, null);
    }

    private static SearchException bulkItem(int status, String type) {
        JsonObject item = JsonParser.parseString("{\"index\":{\"_index\":\"designer-000001\",\"_id\":\"7\",\"status\":" + status
                + ",\"error\":{\"type\":\"" + type + "\",\"reason\":\"refused\"}}}").getAsJsonObject();
        return LOG.elasticsearchBulkedRequestFailed(JsonParser.parseString("{\"index\":{\"_index\":\"designer-write\",\"_id\":\"7\"}}")
                .getAsJsonObject(), item, "refused", null);
    }

    private static JsonObject error(String type) {
        return JsonParser.parseString("{\"error\":{\"root_cause\":[{\"type\":\"" + type + "\",\"reason\":\"refused\"}],\"type\":\"" + type
                + "\",\"reason\":\"refused\"}}").getAsJsonObject();
    }
}
