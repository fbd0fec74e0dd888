package cn.wenzhou.fashion.notification;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Fixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Saved searches through the API: saving, listing, deleting, refused input, and the news they bring. */
@QuarkusTest
class SavedSearchApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static RequestSpecification as(String user) {
        return Parties.as(Tokens.of(user, "enterprise"));
    }

    @Test
    void aSavedSearchIsListedSavedOnceAndDeletedByItsOwnerOnly() {
        String user = unique("searcher");
        String body = "{\"q\":\"鞋底 防滑检测\",\"filters\":{\"industry\":[\"FOOTWEAR\",\"LEATHER\"],\"kind\":[\"institution\"]}}";
        long id = as(user).body(body).when().post("/api/alerts/saved-searches").then().statusCode(201)
                .body("q", equalTo("鞋底 防滑检测"))
                .body("filters.industry", equalTo(List.of("FOOTWEAR", "LEATHER")))
                .body("filters.kind", equalTo(List.of("institution")))
                .body("delivery", equalTo("IMMEDIATE"))
                .extract().jsonPath().getLong("id");
        // the same search again, values in another order: the same saved search
        as(user).body("{\"q\":\" 鞋底 防滑检测 \",\"filters\":{\"kind\":[\"institution\"],\"industry\":[\"LEATHER\",\"FOOTWEAR\"]}}")
                .when().post("/api/alerts/saved-searches").then().statusCode(201).body("id", equalTo((int) id));
        as(user).when().get("/api/alerts/saved-searches").then().statusCode(200).body("id", equalTo(List.of((int) id)));

        String other = unique("other");
        as(other).when().get("/api/alerts/saved-searches").then().statusCode(200).body("id", not(hasItem((int) id)));
        as(other).when().delete("/api/alerts/{id}", id).then().statusCode(404);
        as(other).when().delete("/api/alerts/{id}", id).then().statusCode(404);

        as(user).when().delete("/api/alerts/{id}", id).then().statusCode(204);
        as(user).when().get("/api/alerts/saved-searches").then().statusCode(200).body("id", equalTo(List.of()));
        as(user).when().delete("/api/alerts/{id}", id).then().statusCode(404);
    }

    @Test
    void badSearchesAreRefusedNamingTheField() {
        String user = unique("searcher");
        refused(user, "{\"q\":\"\"}", "q");
        refused(user, "{\"q\":\"的\"}", "q");
        refused(user, "{\"q\":\"" + "鞋".repeat(501) + "\"}", "q");
        refused(user, "{\"q\":\"鞋底\",\"filters\":{\"industry\":[\"SPACESHIPS\"]}}", "filters.industry");
        refused(user, "{\"q\":\"鞋底\",\"filters\":{\"colour\":[\"red\"]}}", "filters.colour");
        as(user).when().get("/api/alerts/saved-searches").then().statusCode(200).body("id", equalTo(List.of()));
        given().contentType("application/json").body("{\"q\":\"鞋底\"}").when().post("/api/alerts/saved-searches").then().statusCode(401);
    }

    private static void refused(String user, String body, String field) {
        as(user).body(body).when().post("/api/alerts/saved-searches").then().statusCode(400)
                .body("errors.field", hasItem(field));
    }

    @Test
    void aNewRecordMatchingASavedSearchIsNewsOnce() throws Exception {
        String topic = uniqueWord("savedsearch");
        String user = unique("searcher");
        as(user).body("{\"q\":\"%s\",\"filters\":{\"kind\":[\"institution\"]}}".formatted(topic)).when().post("/api/alerts/saved-searches")
                .then().statusCode(201).body("threshold", equalTo(0.0f));
        long matching = institution(topic + "防滑检测中心");
        long unrelated = institution("温州女装直播推广中心");
        IndexingBacklog.awaitEmpty();

        List<Map<String, Object>> news = newsOf(as(user), matching);
        assertThat(news).extracting(n -> ((Number) n.get("recordId")).longValue()).containsExactly(matching);
        assertThat(news.get(0).get("title")).isEqualTo(topic + "防滑检测中心");
        assertThat(unrelated).isNotEqualTo(matching);
    }

    private static long institution(String name) {
        return Parties.asAdmin().body(Fixtures.institution(unique("inst"), name)).when().post("/api/institutions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static List<Map<String, Object>> newsOf(RequestSpecification as, long recordId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<Map<String, Object>> news = as.queryParam("size", 100).when().get("/api/notifications").then().statusCode(200)
                    .extract().jsonPath().<Map<String, Object>>getList("items").stream().filter(n -> "SEARCH_HIT".equals(n.get("topic"))).toList();
            if (news.stream().anyMatch(n -> ((Number) n.get("recordId")).longValue() == recordId) || System.nanoTime() > deadline) {
                return news;
            }
            Thread.sleep(200); // the poll interval
        }
    }
}
