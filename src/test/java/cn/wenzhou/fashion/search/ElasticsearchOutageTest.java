package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.uniqueCreditCode;
import static cn.wenzhou.fashion.testsupport.Fixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.dev.elasticsearch.EmbeddedElasticsearch;
import cn.wenzhou.fashion.testsupport.ElasticsearchTestResource;
import cn.wenzhou.fashion.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 16: a real stop of the Elasticsearch node (its process ends), writes of every kind while it is away, and the
 * index catching up by itself once it is back: every change searchable within 10 s of the node's return, with no
 * admin action (the test never asks the processor to work; its own poll does).
 */
@QuarkusTest
// Not about access rules: an admin may write every kind.
@TestSecurity(user = "outage-admin", roles = "admin")
class ElasticsearchOutageTest {

    private static final int PER_KIND = 100;
    private static final Duration CATCH_UP = Duration.ofSeconds(10);


    private final String kept = uniqueWord("kept");
    private final String changed = uniqueWord("changed");
    private final String gone = uniqueWord("gone");
    private final String created = uniqueWord("created");
    private long needsEnterprise;

    @Test
    void changesMadeWhileTheNodeIsStoppedAreSearchableWithinTenSecondsOfItsReturn() {
        needsEnterprise = Fixtures.create("/api/enterprises", enterprise("需求所属鞋业", uniqueCreditCode()));
        Map<String, List<Long>> toChange = new LinkedHashMap<>();
        Map<String, List<Long>> toDelete = new LinkedHashMap<>();
        for (String kind : KINDS) {
            toChange.put(kind, createEach(kind, kept, given()));
            toDelete.put(kind, createEach(kind, gone, given()));
        }
        for (String kind : KINDS) {
            assertSearchCounts(kind, PER_KIND, 0, PER_KIND, 0);
        }

        EmbeddedElasticsearch node = ElasticsearchTestResource.runningNode();
        node.stop();
        try {
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().when().get("/q/health/group/elasticsearch").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks[0].data.pendingChanges", equalTo(0));
            given().queryParam("q", kept).when().get("/api/search")
                    .then().statusCode(503).contentType("application/problem+json");

            // Writes while the node is away: stored at once, the index follows later (no waiting for it here).
            for (String kind : KINDS) {
                createEach(kind, created, given().noFilters());
                for (Long id : toChange.get(kind)) {
                    given().noFilters().contentType(ContentType.JSON).body(body(kind, changed))
                            .when().put("/api/" + kind + "s/{id}", id).then().statusCode(200);
                }
                for (Long id : toDelete.get(kind)) {
                    given().noFilters().when().delete("/api/" + kind + "s/{id}", id).then().statusCode(204);
                }
                // What the database answers stays right: the record as changed.
                given().when().get("/api/" + kind + "s/{id}", toChange.get(kind).get(0))
                        .then().statusCode(200).body(kind.equals("need") ? "title" : "name", startsWith(changed));
            }
            given().when().get("/q/health/group/elasticsearch").then().statusCode(503)
                    .body("checks[0].data.pendingChanges", equalTo(KINDS.size() * PER_KIND * 3));
        } finally {
            ElasticsearchTestResource.restart(node.port());
        }

        Instant deadline = Instant.now().plus(CATCH_UP);
        while (!KINDS.stream().allMatch(kind -> searchCounts(kind).equals(List.of(0, PER_KIND, 0, PER_KIND)))) {
            assertThat(Instant.now()).as("changes searchable within %s of the node's return", CATCH_UP).isBefore(deadline);
            pause();
        }
        given().when().get("/q/health/group/elasticsearch").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks[0].data.pendingChanges", equalTo(0)).body("checks[0].data.failedChanges", equalTo(0));
    }

    private static final List<String> KINDS = List.of("institution", "designer", "enterprise", "need");

    private List<Long> createEach(String kind, String group, RequestSpecification request) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < PER_KIND; i++) {
            ids.add(request.contentType(ContentType.JSON).body(body(kind, group))
                    .when().post("/api/" + kind + "s").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        return ids;
    }

    private String body(String kind, String group) {
        return switch (kind) {
            case "institution" -> """
                    {"name":"%s 检测中心","type":"TESTING_LAB","description":"鞋类检测","industries":["FOOTWEAR"],
                     "location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""".formatted(group);
            case "designer" -> """
                    {"name":"%s 设计师","description":"女鞋设计","industries":["FOOTWEAR"],
                     "location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""".formatted(group);
            case "enterprise" -> enterprise(group + " 鞋业", uniqueCreditCode());
            default -> """
                    {"enterpriseId":%d,"title":"%s 皮鞋开胶","industries":["FOOTWEAR"],"categories":["PROCESS_TECH"]}"""
                    .formatted(needsEnterprise, group);
        };
    }

    private static String enterprise(String name, String creditCode) {
        return """
                {"name":"%s","creditCode":"%s","industries":["FOOTWEAR"],"district":"OUHAI","size":"SMALL","description":"生产皮鞋"}"""
                .formatted(name, creditCode);
    }

    /** How many of the kind's documents carry each marker: kept, changed, gone, created. */
    private List<Integer> searchCounts(String kind) {
        List<Integer> counts = new ArrayList<>();
        for (String group : List.of(kept, changed, gone, created)) {
            counts.add(given().queryParam("q", group).queryParam("kind", kind).when().get("/api/search")
                    .then().statusCode(200).extract().jsonPath().getInt("total"));
        }
        return counts;
    }

    private void assertSearchCounts(String kind, int keptCount, int changedCount, int goneCount, int createdCount) {
        assertThat(searchCounts(kind)).as(kind).containsExactly(keptCount, changedCount, goneCount, createdCount);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
