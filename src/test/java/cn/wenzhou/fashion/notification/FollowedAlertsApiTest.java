package cn.wenzhou.fashion.notification;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asStranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import cn.wenzhou.fashion.testsupport.Parties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Followed needs and followed capabilities: news from the records the index outbox made searchable. */
@QuarkusTest
class FollowedAlertsApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** The inbox's notifications of {@code topic}, once one is about {@code recordId} (polling), or what came within the wait. */
    private static List<Map<String, Object>> newsOf(RequestSpecification as, String topic, long recordId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<Map<String, Object>> news = as.queryParam("size", 100).when().get("/api/notifications").then().statusCode(200)
                    .extract().jsonPath().<Map<String, Object>>getList("items").stream().filter(n -> topic.equals(n.get("topic"))).toList();
            if (news.stream().anyMatch(n -> ((Number) n.get("recordId")).longValue() == recordId) || System.nanoTime() > deadline) {
                return news;
            }
            Thread.sleep(200); // the poll interval
        }
    }

    private static long countOf(List<Map<String, Object>> news, long recordId) {
        return news.stream().filter(n -> ((Number) n.get("recordId")).longValue() == recordId).count();
    }

    @Test
    void anInstitutionFollowingItsCapabilitiesHearsOfAMatchingNewNeedOnly() throws Exception {
        String topic = unique("能力关注");
        Parties parties = Parties.withInstitution(topic);
        String follow = "{\"kind\":\"institution\",\"id\":%d}".formatted(parties.partnerId());
        long alert = parties.asPartner().body(follow).when().post("/api/alerts/capabilities").then().statusCode(201)
                .body("kind", equalTo("CAPABILITIES")).body("threshold", equalTo(60.0f)).extract().jsonPath().getLong("id");
        parties.asPartner().body(follow).when().post("/api/alerts/capabilities").then().statusCode(201).body("id", equalTo((int) alert));
        asStranger().body(follow).when().post("/api/alerts/capabilities").then().statusCode(403);
        parties.asPartner().body("{\"kind\":\"enterprise\",\"id\":1}").when().post("/api/alerts/capabilities").then().statusCode(400);

        long unrelated = parties.withNeed("""
                {"enterpriseId":%d,"title":"女装直播带货推广","description":"寻找服装品牌的营销推广合作","industries":["APPAREL"],"categories":["BRAND_MARKETING"]}
                """.formatted(parties.enterpriseId())).needId();
        long matching = parties.withNeed("""
                {"enterpriseId":%d,"title":"%s鞋底防滑检测","description":"需要检测%s的防滑性能","industries":["FOOTWEAR"],
                 "categories":["TESTING_CERTIFICATION"],"useVoucher":true}
                """.formatted(parties.enterpriseId(), topic, topic)).needId();
        IndexingBacklog.awaitEmpty();

        List<Map<String, Object>> news = newsOf(parties.asPartner(), "NEED_TO_SERVE", matching);
        assertThat(countOf(news, matching)).isEqualTo(1);
        assertThat(countOf(news, unrelated)).isZero();
        Map<String, Object> item = news.stream().filter(n -> ((Number) n.get("recordId")).longValue() == matching).findFirst().orElseThrow();
        assertThat(item.get("title")).isEqualTo(topic + "鞋底防滑检测");
        assertThat(item.get("link")).isEqualTo("/api/needs/" + matching);
    }

    @Test
    void theOwnerFollowingANeedHearsOfAMatchingNewPartner() throws Exception {
        String topic = unique("需求关注");
        Parties parties = Parties.withInstitution(topic);
        String follow = "{\"needId\":%d}".formatted(parties.needId());
        parties.asEnterprise().body(follow).when().post("/api/alerts/followed-needs").then().statusCode(201)
                .body("kind", equalTo("FOLLOWED_NEED")).body("recordId", equalTo((int) parties.needId()));
        parties.asPartner().body(follow).when().post("/api/alerts/followed-needs").then().statusCode(403);
        parties.asEnterprise().body("{}").when().post("/api/alerts/followed-needs").then().statusCode(400);

        Parties newcomer = parties.withPartner("institution", Fixtures.institution(unique("inst"), topic + "鞋类检测中心"));
        IndexingBacklog.awaitEmpty();

        List<Map<String, Object>> news = newsOf(parties.asEnterprise(), "NEW_PARTNER", newcomer.partnerId());
        assertThat(countOf(news, newcomer.partnerId())).isEqualTo(1);
        Map<String, Object> item = news.stream().filter(n -> ((Number) n.get("recordId")).longValue() == newcomer.partnerId())
                .findFirst().orElseThrow();
        assertThat(item.get("title")).isEqualTo(topic + "鞋类检测中心");
        assertThat(item.get("link")).isEqualTo("/api/institutions/" + newcomer.partnerId());
        assertThat((String) item.get("detail")).startsWith(topic + "鞋底防滑检测 · ");
    }
}
