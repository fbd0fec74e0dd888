package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.elasticsearch.client.Request;

import cn.wenzhou.fashion.domain.IndexBacklog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.health.api.HealthGroup;
import lombok.RequiredArgsConstructor;

/**
 * The search cluster's state, at {@code /q/health/group/elasticsearch}: deliberately not a readiness check, so that
 * a restart of the cluster does not take every instance out of the Service (pages, records and the workflow need
 * only the database). UP while the cluster answers green or yellow; its data also say whether the index schema is in
 * place, and how many changes wait in the index outbox or failed there ({@link IndexEventProcessor}), as counted at
 * most {@code library.indexing.backlog-refresh} ago. It never throws: any failure is DOWN with its reason.
 */
@HealthGroup(ElasticsearchHealthCheck.GROUP)
@ApplicationScoped
@RequiredArgsConstructor
public class ElasticsearchHealthCheck implements HealthCheck {

    public static final String GROUP = "elasticsearch";
    static final String NAME = "Elasticsearch cluster";

    private final LibraryIndexes indexes;
    private final ObjectMapper json;
    private final IndexSchema schema;
    private final IndexEventProcessor processor;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("schema", schema.ready() ? "ready" : "not yet created or checked");
        try {
            IndexBacklog backlog = processor.recentBacklog();
            response.withData("pendingChanges", backlog.pending()).withData("failedChanges", backlog.failed());
            if (backlog.oldestPending() != null) {
                response.withData("oldestPendingChange", backlog.oldestPending().toString());
            }
        } catch (RuntimeException e) {
            // The database did not answer: the cluster's state is still worth reporting, but not as UP.
            return response.down().withData("error", "index outbox not read: " + e.getMessage()).build();
        }
        Request request = new Request("GET", "/_cluster/health");
        try {
            JsonNode health;
            try (InputStream body = indexes.perform(request).getEntity().getContent()) {
                health = json.readTree(body);
            }
            String status = health.path("status").asText("unknown");
            return response.status(!"red".equals(status) && !"unknown".equals(status))
                    .withData("status", status)
                    .withData("nodes", health.path("number_of_nodes").asLong())
                    .build();
        } catch (IOException | RuntimeException e) {
            // Unreachable, refused or not yet started: the reason, never a stack trace.
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
