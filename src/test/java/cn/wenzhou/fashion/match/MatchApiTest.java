package cn.wenzhou.fashion.match;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.wenzhou.fashion.domain.CreditCodes;
import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.Corpus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
// The class's own data: the corpus, imported once before its tests, and partners and needs that tests create.
// Other test classes share the library, so assertions on corpus records look at those records alone.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchApiTest {

    @BeforeAll
    void corpusIsImported() {
        BeforeAllRequests.run(Corpus::importAsAdmin);
    }

    private static long idOf(String path, String externalId) {
        return given().queryParam("externalId", externalId).when().get(path).then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    private static JsonPath matches(long needId, Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/needs/{id}/matches", needId)
                .then().statusCode(200).extract().jsonPath();
    }

    /**
     * The first {@code n} corpus records of a ranking of the first 100 (the most a request returns), with the rest of
     * their item: how the library ranks this class's records, whatever records of other test classes rank among them.
     */
    private static List<Map<String, Object>> corpusItems(String path, long id, int n) {
        List<Map<String, Object>> items = given().queryParam("limit", 100).when().get(path, id)
                .then().statusCode(200).extract().jsonPath().getList("items");
        return Corpus.onlyItems(items).stream().limit(n).toList();
    }

    private static List<Object> values(List<Map<String, Object>> items, String key) {
        return items.stream().map(item -> item.get(key)).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T explanation(Map<String, Object> item, String key) {
        return (T) ((Map<String, Object>) item.get("explanation")).get(key);
    }

    @Test
    void factorsAddUpToTheScoreAndRanksFollowScores() {
        List<Map<String, Object>> ranked = matches(idOf("/api/needs", "p-need-001"), Map.of("limit", 100)).getList("items");
        // The first 10 corpus records; a rank counts every record ranked above, the corpus's or not.
        List<Map<String, Object>> items = Corpus.onlyItems(ranked).stream().limit(10).toList();
        assertThat(items).hasSize(10);
        double previous = Double.MAX_VALUE;
        for (Map<String, Object> item : items) {
            double score = ((Number) item.get("score")).doubleValue();
            assertThat(item.get("rank")).isEqualTo(ranked.indexOf(item) + 1);
            assertThat(score).isBetween(0.0, 100.0).isLessThanOrEqualTo(previous);
            previous = score;
            List<Map<String, Object>> factors = explanation(item, "factors");
            assertThat(factors).extracting(f -> f.get("name"))
                    .containsExactly("text", "category", "industry", "voucher", "scope", "trackRecord", "profile");
            double sum = factors.stream().mapToDouble(f -> ((Number) f.get("contribution")).doubleValue()).sum();
            assertThat(sum).isCloseTo(score, within(0.05));
            assertThat(factors.stream().mapToDouble(f -> ((Number) f.get("weight")).doubleValue()).sum()).isCloseTo(100.0, within(1e-9));
            assertThat((String) item.get("externalId")).isNotBlank();
        }
        List<String> reasonsZh = explanation(items.get(0), "reasonsZh");
        List<String> reasonsEn = explanation(items.get(0), "reasonsEn");
        assertThat(reasonsZh).isNotEmpty();
        assertThat(reasonsEn).isNotEmpty();
        assertThat(values(items, "externalId")).contains("p-inst-002");
    }

    @Test
    void voucherNeedRanksEligibleProvidersAboveOthers() {
        String topic = "鞋垫抗菌防臭检测";
        String provider = partner(topic, true, "LUCHENG", "CN");
        String other = partner(topic, false, "LUCHENG", "CN");
        long need = need(topic, true, "ANY");
        // The first 100, the most a request returns: the test's partners among the other test classes' institutions.
        List<String> ranked = matches(need, Map.of("kind", "institution", "limit", 100)).getList("items.externalId");
        assertThat(ranked).contains(provider, other);
        assertThat(ranked.indexOf(provider)).isLessThan(ranked.indexOf(other));

        List<String> strict = matches(need, Map.of("kind", "institution", "strict", true, "limit", 100)).getList("items.externalId");
        assertThat(strict).contains(provider).doesNotContain(other);
    }

    @Test
    void localNeedRanksWenzhouPartnersAboveForeignOnes() {
        String topic = "凉鞋鞋带断裂拉力";
        String local = partner(topic, false, "OUHAI", "CN");
        String foreign = partner(topic, false, null, "IT");
        long need = need(topic, false, "LOCAL");
        // The first 100, the most a request returns: the test's partners among the other test classes' institutions.
        JsonPath result = matches(need, Map.of("kind", "institution", "limit", 100));
        List<String> ranked = result.getList("items.externalId");
        assertThat(ranked.indexOf(local)).isGreaterThanOrEqualTo(0).isLessThan(ranked.indexOf(foreign));
        Map<String, Object> foreignScope = result.getMap("items.find { it.externalId == '" + foreign + "' }.explanation.factors.find { it.name == 'scope' }");
        assertThat(((Number) foreignScope.get("contribution")).doubleValue()).isZero();

        List<String> strict = matches(need, Map.of("kind", "institution", "strict", true, "limit", 100)).getList("items.externalId");
        assertThat(strict).contains(local).doesNotContain(foreign);
    }

    @Test
    void institutionSeesTheOpenNeedsItCanServe() {
        List<Map<String, Object>> items = corpusItems("/api/institutions/{id}/matches", idOf("/api/institutions", "p-inst-002"), 5);
        assertThat(values(items, "kind")).contains("need");
        assertThat(values(items, "externalId")).contains("p-need-002");
        List<Map<String, Object>> factors = explanation(items.get(0), "factors");
        assertThat(factors).hasSize(7);
    }

    @Test
    void designerSeesTheOpenNeedsItCanServe() {
        List<Map<String, Object>> items = corpusItems("/api/designers/{id}/matches", idOf("/api/designers", "p-dsg-014"), 10);
        assertThat(values(items, "externalId")).contains("p-need-021");
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
