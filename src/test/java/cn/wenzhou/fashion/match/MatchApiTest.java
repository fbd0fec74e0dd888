package cn.wenzhou.fashion.match;

import static cn.wenzhou.fashion.testsupport.Fixtures.corpus;
import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.importNdjson;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.CreditCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
class MatchApiTest {

    private static boolean imported;

    @BeforeEach
    void corpusIsImported() {
        if (!imported) {
            assertThat(importNdjson(corpus()).get("failed")).isEqualTo(0);
            imported = true;
        }
    }

    private static long idOf(String path, String externalId) {
        return given().queryParam("externalId", externalId).when().get(path).then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    private static JsonPath matches(long needId, Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/needs/{id}/matches", needId)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void factorsAddUpToTheScoreAndRanksFollowScores() {
        JsonPath result = matches(idOf("/api/needs", "p-need-001"), Map.of("limit", 10));
        List<Map<String, Object>> items = result.getList("items");
        assertThat(items).hasSize(10);
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            double score = ((Number) item.get("score")).doubleValue();
            assertThat(item.get("rank")).isEqualTo(i + 1);
            assertThat(score).isBetween(0.0, 100.0).isLessThanOrEqualTo(previous);
            previous = score;
            List<Map<String, Object>> factors = result.getList("items[" + i + "].explanation.factors");
            assertThat(factors).extracting(f -> f.get("name"))
                    .containsExactly("text", "category", "industry", "voucher", "scope", "trackRecord", "profile");
            double sum = factors.stream().mapToDouble(f -> ((Number) f.get("contribution")).doubleValue()).sum();
            assertThat(sum).isCloseTo(score, within(0.05));
            assertThat(factors.stream().mapToDouble(f -> ((Number) f.get("weight")).doubleValue()).sum()).isCloseTo(100.0, within(1e-9));
            assertThat((String) item.get("externalId")).isNotBlank();
        }
        assertThat(result.getList("items[0].explanation.reasonsZh", String.class)).isNotEmpty();
        assertThat(result.getList("items[0].explanation.reasonsEn", String.class)).isNotEmpty();
        assertThat(result.getList("items.externalId", String.class)).contains("p-inst-002");
    }

    @Test
    void voucherNeedRanksEligibleProvidersAboveOthers() {
        String topic = "鞋垫抗菌防臭检测";
        String provider = partner(topic, true, "LUCHENG", "CN");
        String other = partner(topic, false, "LUCHENG", "CN");
        long need = need(topic, true, "ANY");
        List<String> ranked = matches(need, Map.of("kind", "institution", "limit", 20)).getList("items.externalId");
        assertThat(ranked).contains(provider, other);
        assertThat(ranked.indexOf(provider)).isLessThan(ranked.indexOf(other));

        List<String> strict = matches(need, Map.of("kind", "institution", "strict", true, "limit", 20)).getList("items.externalId");
        assertThat(strict).contains(provider).doesNotContain(other);
    }

    @Test
    void localNeedRanksWenzhouPartnersAboveForeignOnes() {
        String topic = "凉鞋鞋带断裂拉力";
        String local = partner(topic, false, "OUHAI", "CN");
        String foreign = partner(topic, false, null, "IT");
        long need = need(topic, false, "LOCAL");
        JsonPath result = matches(need, Map.of("kind", "institution", "limit", 20));
        List<String> ranked = result.getList("items.externalId");
        assertThat(ranked.indexOf(local)).isGreaterThanOrEqualTo(0).isLessThan(ranked.indexOf(foreign));
        Map<String, Object> foreignScope = result.getMap("items.find { it.externalId == '" + foreign + "' }.explanation.factors.find { it.name == 'scope' }");
        assertThat(((Number) foreignScope.get("contribution")).doubleValue()).isZero();

        List<String> strict = matches(need, Map.of("kind", "institution", "strict", true, "limit", 20)).getList("items.externalId");
        assertThat(strict).contains(local).doesNotContain(foreign);
    }

    @Test
    void institutionSeesTheOpenNeedsItCanServe() {
        given().queryParam("limit", 5).when().get("/api/institutions/{id}/matches", idOf("/api/institutions", "p-inst-002"))
                .then().statusCode(200)
                .body("items.kind", hasItem("need"))
                .body("items.externalId", hasItems("p-need-002"))
                .body("items[0].explanation.factors.size()", equalTo(7));
    }

    @Test
    void designerSeesTheOpenNeedsItCanServe() {
        given().queryParam("limit", 10).when().get("/api/designers/{id}/matches", idOf("/api/designers", "p-dsg-014"))
                .then().statusCode(200)
                .body("items.externalId", hasItem("p-need-021"));
    }

    @Test
    void previewRanksPartnersOfADraftLikeAStoredNeed() {
        long id = idOf("/api/needs", "p-need-001");
        List<String> stored = matches(id, Map.of("limit", 5)).getList("items.externalId");
        JsonPath need = given().when().get("/api/needs/{id}", id).then().extract().jsonPath();
        String draft = """
                {"title":"%s","description":"%s","keywords":%s,"industries":["FOOTWEAR"],
                 "categories":["TESTING_CERTIFICATION","MATERIAL_RD"],"useVoucher":false,"preferredScope":"ANY"}
                """.formatted(need.getString("title"), need.getString("description"),
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(need.getList("keywords")));
        List<String> previewed = given().contentType(ContentType.JSON).body(draft).queryParam("limit", 5)
                .when().post("/api/matches").then().statusCode(200).extract().jsonPath().getList("items.externalId");
        assertThat(previewed).isEqualTo(stored);
    }

    @Test
    void draftWithCategoriesOnlyIsMatched() {
        given().contentType(ContentType.JSON).body("{\"categories\":[\"IP_SERVICES\"]}").when().post("/api/matches")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void draftWithoutTextOrCategoryIsRefusedNamingTheFields() {
        given().contentType(ContentType.JSON).body("{\"title\":\"  \",\"useVoucher\":true}").when().post("/api/matches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title", "description", "categories"));
    }

    @Test
    void badMatchRequestsAreClientErrors() {
        long need = idOf("/api/needs", "p-need-001");
        given().when().get("/api/needs/{id}/matches", 987654321).then().statusCode(404);
        given().when().get("/api/institutions/{id}/matches", 987654321).then().statusCode(404);
        given().queryParam("limit", 0).when().get("/api/needs/{id}/matches", need).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 101).when().get("/api/needs/{id}/matches", need).then().statusCode(400);
        given().queryParam("kind", "robot").when().get("/api/needs/{id}/matches", need).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    private static String partner(String topic, boolean voucherProvider, String district, String country) {
        String externalId = unique("match-inst");
        String location = country.equals("CN")
                ? "{\"country\":\"CN\",\"province\":\"浙江省\",\"city\":\"温州市\",\"district\":\"" + district + "\"}"
                : "{\"country\":\"" + country + "\",\"city\":\"Milano\"}";
        create("/api/institutions", """
                {"externalId":"%s","name":"%s实验室%s","type":"TESTING_LAB","description":"专业从事%s的检测实验室",
                 "industries":["FOOTWEAR"],
                 "capabilities":[{"category":"TESTING_CERTIFICATION","title":"%s","description":"%s服务","voucherEligible":true}],
                 "tags":["%s"],"location":%s,"voucherProvider":%s,"settled":true}
                """.formatted(externalId, topic, externalId, topic, topic, topic, topic, location, voucherProvider));
        return externalId;
    }

    private static long need(String topic, boolean useVoucher, String scope) {
        long enterprise = create("/api/enterprises", """
                {"externalId":"%s","name":"温州匹配测试鞋业","creditCode":"%s","industries":["FOOTWEAR"],"district":"OUHAI"}
                """.formatted(unique("match-ent"), CreditCodes.withCheckCharacter("91330304MA2867PL3")));
        return create("/api/needs", """
                {"enterpriseId":%d,"title":"需要做%s","description":"请机构帮助完成%s","industries":["FOOTWEAR"],
                 "categories":["TESTING_CERTIFICATION"],"useVoucher":%s,"preferredScope":"%s"}
                """.formatted(enterprise, topic, topic, useVoucher, scope));
    }
}
