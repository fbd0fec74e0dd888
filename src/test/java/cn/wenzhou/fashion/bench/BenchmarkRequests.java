package cn.wenzhou.fashion.bench;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.common.Page;

/** The benchmarks' requests to the service under test, and the needs they sample from it. */
final class BenchmarkRequests {

    static final int PAGE_SIZE = 100;

    private final URL base;
    private final ObjectMapper mapper = new ObjectMapper();

    BenchmarkRequests(URL base) {
        this.base = base;
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build();
    }

    HttpRequest page(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Accept", "text/html").GET().build();
    }

    HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    /** A search through the API for a text, a page of 20 as the benchmarks have always asked. */
    HttpRequest search(String text) {
        return get("api/search?q=" + encode(text) + "&size=20");
    }

    /** The ten best partners of a stored need. */
    HttpRequest matches(JsonNode need) {
        return get("api/needs/" + need.path("id").asLong() + "/matches?limit=10");
    }

    private URI uri(String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root : root + "/") + path);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Needs spread over the list as far as it pages: pages of 100 at even steps through GET /api/needs. */
    List<JsonNode> sampleNeeds(int wanted, long seed) throws Exception {
        JsonNode first = needsPage(0);
        long total = first.path("total").asLong();
        // Lists show at most the first 10,000 rows (Page.MAX_WINDOW): the sample is spread over those.
        long pages = Math.max(1, (Math.min(total, Page.MAX_WINDOW) + PAGE_SIZE - 1) / PAGE_SIZE);
        int pagesWanted = (wanted + PAGE_SIZE - 1) / PAGE_SIZE;
        List<JsonNode> needs = new ArrayList<>();
        for (int k = 0; k < pagesWanted && k < pages; k++) {
            JsonNode page = k == 0 ? first : needsPage((int) (k * pages / pagesWanted));
            page.path("items").forEach(needs::add);
        }
        Collections.shuffle(needs, new Random(seed));
        return needs.size() > wanted ? new ArrayList<>(needs.subList(0, wanted)) : needs;
    }

    private JsonNode needsPage(int page) throws Exception {
        String body = given().queryParam("page", page).queryParam("size", PAGE_SIZE)
                .when().get("/api/needs")
                .then().statusCode(200).extract().asString();
        return mapper.readTree(body);
    }
}
