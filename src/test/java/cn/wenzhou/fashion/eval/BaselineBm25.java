package cn.wenzhou.fashion.eval;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The baseline that search and matching are measured against: the partners of the corpus in a plain
 * index with Elasticsearch's default {@code standard} analyzer, queried with one BM25 multi_match.
 */
public final class BaselineBm25 {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDEX = "baseline-bm25";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public BaselineBm25(String hostAndPort) {
        this.base = "http://" + hostAndPort.split(",")[0] + "/" + INDEX;
    }

    /** (Re)creates the baseline index with the institutions and designers of the corpus. */
    public void index(List<JsonNode> corpus) throws IOException, InterruptedException {
        send("DELETE", "", null);
        send("PUT", "", "{\"settings\":{\"number_of_shards\":1}}");
        StringBuilder bulk = new StringBuilder();
        for (JsonNode record : corpus) {
            String kind = record.path("kind").asText();
            if (!kind.equals("institution") && !kind.equals("designer")) {
                continue;
            }
            ObjectNode doc = JSON.createObjectNode()
                    .put("name", record.path("name").asText() + " " + record.path("nameEn").asText(""))
                    .put("description", record.path("description").asText(""));
            List<String> capabilities = new ArrayList<>();
            record.path("capabilities").forEach(c -> capabilities.add(c.path("title").asText() + " " + c.path("description").asText()));
            doc.put("capabilities", String.join(" ", capabilities));
            List<String> tags = new ArrayList<>();
            record.path("tags").forEach(t -> tags.add(t.asText()));
            doc.put("tags", String.join(" ", tags));
            bulk.append("{\"index\":{\"_id\":\"").append(record.path("externalId").asText()).append("\"}}\n")
                    .append(doc).append('\n');
        }
        send("POST", "/_bulk?refresh=true", bulk.toString());
    }

    /** The external ids of the top 10 partners for a query. */
    public List<String> search(String query) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("size", 10);
        body.putObject("query").putObject("multi_match").put("query", query)
                .putArray("fields").add("name").add("description").add("capabilities").add("tags");
        JsonNode hits = JSON.readTree(send("POST", "/_search", body.toString())).path("hits").path("hits");
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }

    private String send(String method, String path, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
