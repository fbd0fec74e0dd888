package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Fixtures.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.Corpus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
// The class's own data: the corpus, imported once before its tests; tests that count create records of their own.
// Other test classes share the index, so assertions on corpus records look at those records alone.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {

    @BeforeAll
    void corpusIsImported() {
        BeforeAllRequests.run(Corpus::importAsAdmin);
    }

    private static JsonPath search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/api/search")
                .then().statusCode(200).extract().jsonPath();
    }

    /**
     * The first {@code n} corpus records among a search's hits, read 100 at a time: how the search ranks this class's
     * records, whatever records of other test classes rank among them.
     */
    private static List<String> corpusHits(Map<String, ?> params, int n) {
        return corpusItems(params, n).stream().map(item -> (String) item.get("externalId")).toList();
    }

    private static List<Map<String, Object>> corpusItems(Map<String, ?> params, int n) {
        List<Map<String, Object>> own = new ArrayList<>();
        for (int page = 0; own.size() < n; page++) {
            Map<String, Object> pageParams = new HashMap<>(params);
            pageParams.put("size", 100);
            pageParams.put("page", page);
            List<Map<String, Object>> items = search(pageParams).getList("items");
            own.addAll(Corpus.onlyItems(items));
            if (items.size() < 100) {
                break;
            }
        }
        return own.size() > n ? own.subList(0, n) : own;
    }

    @Test
    void chineseQueryFindsTheSlipResistanceTestingLab() {
        List<String> top = corpusHits(Map.of("q", "鞋底防滑", "kind", "institution"), 5);
        assertThat(top).contains("p-inst-002");
    }

    @Test
    void englishQueryFindsAChineseProfileWithEnglishTags() {
        String externalId = unique("dsg");
        create("/api/designers", """
                {"externalId":"%s","name":"王立体","description":"擅长鞋楦数字化与打样",
                 "industries":["FOOTWEAR"],"tags":["3D printing","additive manufacturing"],
                 "location":{"country":"CN","province":"浙江省","city":"温州市","district":"OUHAI"}}
                """.formatted(externalId));
        List<String> found = search(Map.of("q", "additive manufacturing", "kind", "designer")).getList("items.externalId");
        assertThat(found).contains(externalId);
    }

    @Test
    void aRepeatedSearchSeesARecordCreatedSinceAndItsChanges() {
        String word = uniqueWord("hinge");
        Map<String, Object> query = Map.of("q", word, "kind", "designer");
        assertThat(search(query).getInt("total")).isZero();
        String externalId = unique("dsg");
        long id = create("/api/designers", """
                {"externalId":"%s","name":"陈铰链","description":"%s",
                 "industries":["EYEWEAR"],"location":{"country":"CN","district":"LUCHENG"}}
                """.formatted(externalId, word));
        assertThat(search(query).getList("items.externalId")).containsExactly(externalId);

        given().contentType("application/json").body("""
                {"externalId":"%s","name":"陈铰链","description":"镜框设计",
                 "industries":["EYEWEAR"],"location":{"country":"CN","district":"LUCHENG"}}
                """.formatted(externalId))
                .when().put("/api/designers/" + id).then().statusCode(200);
        assertThat(search(query).getInt("total")).isZero();
    }

    @Test
    void aRepeatedSuggestionSeesANameCreatedSince() {
        String name = "Zephyrine " + uniqueWord("d");
        assertThat(suggestions(name)).isEmpty();
        create("/api/designers", """
                {"externalId":"%s","name":"%s","industries":["APPAREL"],"location":{"country":"CN","district":"OUHAI"}}
                """.formatted(unique("dsg"), name));
        assertThat(suggestions(name)).contains(name);
    }


    private static List<String> suggestions(String prefix) {
        return given().queryParam("q", prefix).when().get("/api/suggest").then().statusCode(200).extract().jsonPath().getList("text");
    }

    @Test
    void englishQueryFindsForeignInstitutionsDescribedInEnglish() {
        List<String> found = corpusHits(Map.of("q", "slip resistance testing"), 10);
        assertThat(found).contains("p-inst-036");
    }

    @Test
    void synonymQueryFindsRecordsThatUseAnotherWord() {
        // The lab's profile says 防滑 and 鞋底, never 止滑 or 外底: only the synonym groups can find it at all. Its rank among
        // the 45 corpus institutions drifts with the statistics of the records other test classes leave in the index.
        List<String> found = corpusHits(Map.of("q", "外底止滑", "kind", "institution"), 45);
        assertThat(found).contains("p-inst-002");
    }

    @Test
    void mixedChineseEnglishQueryFindsEnglishDescribedInstitutions() {
        // SATRA's profile is English; the query mixes a Chinese trade word with an English one.
        List<String> found = corpusHits(Map.of("q", "鞋底 slip resistance test", "scope", "INTERNATIONAL"), 5);
        assertThat(found).contains("p-inst-036");
    }

    @Test
    void fullWidthQueryMatchesLikeHalfWidth() {
        List<String> half = search(Map.of("q", "TPU大底", "kind", "institution", "size", 5)).getList("items.externalId");
        List<String> full = search(Map.of("q", "ＴＰＵ大底", "kind", "institution", "size", 5)).getList("items.externalId");
        assertThat(full).isEqualTo(half).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void hitsCarryExternalIdsAndHighlights() {
        // The corpus records are told apart by the external ids their hits carry.
        List<Map<String, Object>> items = corpusItems(Map.of("q", "防滑", "kind", "institution"), 100);
        assertThat(items).extracting(item -> item.get("externalId")).contains("p-inst-002");
        Map<String, List<String>> first = (Map<String, List<String>>) items.get(0).get("highlights");
        assertThat(first.values().stream().flatMap(List::stream)).isNotEmpty().allMatch(f -> f.contains("<em>"));
        // The word as typed, and its synonyms in either language (防滑 is slip resistance).
        List<String> fragments = items.stream().map(item -> (Map<String, List<String>>) item.get("highlights"))
                .flatMap(h -> h.values().stream()).flatMap(List::stream).toList();
        assertThat(fragments).anyMatch(f -> f.contains("<em>防滑"));
        assertThat(fragments).anyMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains("<em>slip resistance</em>"));
    }

    @Test
    void filtersNarrowAndFacetsCount() {
        String topic = fourInstitutionsAndADesigner();
        JsonPath all = search(Map.of("q", topic, "kind", "institution", "size", 1));
        int institutions = all.getInt("total");
        assertThat(institutions).isEqualTo(4);
        JsonPath footwear = search(Map.of("q", topic, "kind", "institution", "industry", "FOOTWEAR", "size", 1));
        int footwearCount = footwear.getInt("total");
        assertThat(footwearCount).isEqualTo(2);

        List<Map<String, Object>> industries = all.getList("facets.industry");
        Object counted = industries.stream().filter(v -> "FOOTWEAR".equals(v.get("value"))).findFirst().orElseThrow().get("count");
        assertThat(counted).isEqualTo(2);
        assertThat(industries).anyMatch(v -> "鞋业".equals(v.get("label")));
    }

    @Test
    void valuesOfOneFacetAreOredAndTheFacetKeepsItsOtherCounts() {
        String topic = fourInstitutionsAndADesigner();
        int eyewear = search(Map.of("q", topic, "kind", "institution", "industry", "EYEWEAR", "size", 1)).getInt("total");
        int apparel = search(Map.of("q", topic, "kind", "institution", "industry", "APPAREL", "size", 1)).getInt("total");
        assertThat(eyewear).isEqualTo(2);
        assertThat(apparel).isEqualTo(2);
        JsonPath both = given().queryParam("q", topic).queryParam("kind", "institution").queryParam("industry", "EYEWEAR", "APPAREL")
                .when().get("/api/search").then().statusCode(200).extract().jsonPath();
        // Either value: the eyewear one, the apparel one, and the one with both counted once.
        assertThat(both.getInt("total")).isEqualTo(3);
        List<Map<String, Object>> industries = both.getList("facets.industry");
        assertThat(industries).anyMatch(v -> "FOOTWEAR".equals(v.get("value")) && !(Boolean) v.get("selected")
                && Integer.valueOf(2).equals(v.get("count")));
        assertThat(industries).filteredOn(v -> (Boolean) v.get("selected")).extracting(v -> v.get("value"))
                .containsExactlyInAnyOrder("EYEWEAR", "APPAREL");
    }

    /**
     * Records of the calling test alone, found by a word no other record has: institutions in FOOTWEAR; FOOTWEAR and
     * EYEWEAR; APPAREL; EYEWEAR and APPAREL; and a FOOTWEAR designer. Returns the word.
     */
    private static String fourInstitutionsAndADesigner() {
        String topic = uniqueWord("facet");
        institution(topic, false, true, "FOOTWEAR");
        institution(topic, false, true, "FOOTWEAR", "EYEWEAR");
        institution(topic, false, true, "APPAREL");
        institution(topic, false, true, "EYEWEAR", "APPAREL");
        designer(topic, false, "OUHAI");
        return topic;
    }

    @Test
    void everyValueOfAOneValueFacetIsCountedAndTheCountsAddUpToTheTotal() {
        // The test's own records: a settled voucher provider, an institution that is neither, a settled designer,
        // a need to be paid with vouchers and one not.
        String topic = uniqueWord("flags");
        institution(topic, true, true, "FOOTWEAR");
        institution(topic, false, false, "FOOTWEAR");
        designer(topic, true, "OUHAI");
        long enterprise = create("/api/enterprises", """
                {"externalId":"%s","name":"温州搜索测试鞋业","industries":["FOOTWEAR"],"district":"OUHAI"}
                """.formatted(unique("search-ent")));
        need(enterprise, topic, true);
        need(enterprise, topic, false);

        // kind, voucher and settled leave their commonest value out of the index: it is counted as the rest.
        JsonPath all = search(Map.of("q", topic, "size", 1));
        int total = all.getInt("total");
        assertThat(total).isEqualTo(5);
        for (String facet : List.of("kind", "voucher", "settled")) {
            List<Map<String, Object>> values = all.getList("facets." + facet);
            assertThat(values.stream().mapToInt(v -> (Integer) v.get("count")).sum()).as(facet).isEqualTo(5);
        }
        int needs = countOf(all, "kind", "need");
        assertThat(needs).isEqualTo(2).isEqualTo(search(Map.of("q", topic, "kind", "need", "size", 1)).getInt("total"));
        int noVoucher = countOf(all, "voucher", "false");
        assertThat(noVoucher).isEqualTo(3).isEqualTo(search(Map.of("q", topic, "voucher", "false", "size", 1)).getInt("total"));

        // Selected, the value is still counted without its own filter, and the other facets count within it.
        JsonPath selected = search(Map.of("q", topic, "kind", "need", "size", 1));
        assertThat(countOf(selected, "kind", "need")).isEqualTo(2);
        assertThat(countOf(selected, "kind", "institution")).isEqualTo(2);
        assertThat(countOf(selected, "voucher", "true")).isEqualTo(1);
        assertThat(countOf(selected, "voucher", "false")).isEqualTo(1);
    }

    @Test
    void aSearchOfSomeKindsShowsOnlyTheFacetsThoseKindsHave() {
        assertThat(search(Map.of("kind", "event", "size", 1)).getMap("facets").keySet())
                .containsExactly("kind", "industry", "district", "scope", "country", "eventType", "month");
        assertThat(search(Map.of("kind", "need", "size", 1)).getMap("facets").keySet())
                .containsExactly("kind", "industry", "category", "district", "scope", "country", "voucher");
        assertThat(search(Map.of("kind", "designer", "size", 1)).getMap("facets").keySet())
                .containsExactly("kind", "industry", "category", "district", "scope", "country", "settled");
        assertThat(search(Map.of("kind", "institution,enterprise", "size", 1)).getMap("facets").keySet())
                .containsExactly("kind", "industry", "category", "institutionType", "district", "scope", "country", "voucher",
                        "voucherCategory", "settled");
        // A facet still selected stays, so that it can be cleared: the search finds nothing, the value is listed at 0.
        JsonPath stale = search(Map.of("kind", "event", "voucher", "true", "size", 1));
        assertThat(stale.getInt("total")).isZero();
        assertThat(stale.getMap("facets").keySet()).contains("voucher").doesNotContain("settled");
        assertThat(countOf(stale, "voucher", "true")).isZero();
    }

    private static void institution(String topic, boolean voucherProvider, boolean settled, String... industries) {
        create("/api/institutions", """
                {"externalId":"%s","name":"搜索测试检测中心","type":"TESTING_LAB","description":"%s",
                 "industries":%s,
                 "capabilities":[{"category":"TESTING_CERTIFICATION","title":"检测","voucherEligible":true}],
                 "location":{"country":"CN","province":"浙江省","city":"温州市","district":"LUCHENG"},
                 "voucherProvider":%s,"settled":%s}
                """.formatted(unique("search-inst"), topic, json(List.of(industries)), voucherProvider, settled));
    }

    private static void designer(String topic, boolean settled, String district) {
        create("/api/designers", """
                {"externalId":"%s","name":"搜索测试设计师","description":"%s","industries":["FOOTWEAR"],
                 "location":{"country":"CN","district":"%s"},"settled":%s}
                """.formatted(unique("search-dsg"), topic, district, settled));
    }

    private static void need(long enterprise, String topic, boolean useVoucher) {
        create("/api/needs", """
                {"externalId":"%s","enterpriseId":%d,"title":"搜索测试需求","description":"%s","industries":["FOOTWEAR"],
                 "categories":["TESTING_CERTIFICATION"],"useVoucher":%s}
                """.formatted(unique("search-need"), enterprise, topic, useVoucher));
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static int countOf(JsonPath result, String facet, String value) {
        List<Map<String, Object>> values = result.getList("facets." + facet);
        return values.stream().filter(v -> value.equals(v.get("value"))).mapToInt(v -> (Integer) v.get("count")).findFirst().orElse(0);
    }

    @Test
    void selectedValueWithoutHitsIsStillListed() {
        String topic = uniqueWord("district");
        designer(topic, false, "OUHAI");
        assertThat(search(Map.of("q", topic)).getInt("total")).isEqualTo(1);
        JsonPath result = search(Map.of("q", topic, "district", "TAISHUN"));
        assertThat(result.getInt("total")).isZero();
        List<Map<String, Object>> districts = result.getList("facets.district");
        assertThat(districts).anyMatch(v -> "TAISHUN".equals(v.get("value")) && Integer.valueOf(0).equals(v.get("count")));
    }

    @Test
    void foreignScopeFilterKeepsOnlyForeignPartners() {
        given().queryParam("scope", "INTERNATIONAL").queryParam("size", 50).when().get("/api/search")
                .then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.scope", everyItem(is("INTERNATIONAL")));
    }

    @Test
    void voucherProvidersCanBeFiltered() {
        List<String> providers = corpusHits(Map.of("voucher", "true", "kind", "institution", "voucherCategory", "TESTING_CERTIFICATION"), 100);
        assertThat(providers).contains("p-inst-002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", ")", "\\", "*", "?", ":", "OR", "AND", "-", "鞋底 OR (防滑 AND -\"测试\\*?:)", "/", "[", "{"})
    void queriesWithSyntaxCharactersNeverFail(String q) {
        given().queryParam("q", q).when().get("/api/search").then().statusCode(200);
    }

    @Test
    void overlongQueryIsABadRequestNamingQ() {
        given().queryParam("q", "鞋".repeat(10_000)).when().get("/api/search")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }

    @Test
    void unknownFacetValueIsABadRequestNamingTheFacet() {
        given().queryParam("industry", "SPACESHIPS").when().get("/api/search")
                .then().statusCode(400).body("errors[0].field", equalTo("industry"));
    }

    @Test
    void sortByNameIsAlphabetical() {
        // Every page, following the cursor: the corpus's 10 foreign institutions, wherever others' records sort.
        List<Map<String, Object>> own = new ArrayList<>();
        String after = null;
        do {
            var params = new HashMap<String, Object>(Map.of("kind", "institution", "sort", "NAME", "scope", "INTERNATIONAL", "size", 50));
            if (after != null) {
                params.put("after", after);
            }
            JsonPath page = search(params);
            own.addAll(Corpus.onlyItems(page.getList("items")));
            after = page.getString("next");
        } while (after != null);
        assertThat(own).hasSize(10);
        List<String> names = own.stream().map(item -> (String) item.get("name")).toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void pagesDoNotOverlap() {
        List<String> first = search(Map.of("kind", "institution", "sort", "NAME", "size", 5, "page", 0)).getList("items.externalId");
        List<String> second = search(Map.of("kind", "institution", "sort", "NAME", "size", 5, "page", 1)).getList("items.externalId");
        assertThat(first).hasSize(5).doesNotContainAnyElementsOf(second);
    }

    @Test
    void pageTwoFollowsTheCursorWithoutOverlap() {
        JsonPath first = search(Map.of("kind", "institution", "sort", "NAME", "size", 5));
        String next = first.getString("next");
        assertThat(next).isNotBlank();
        List<String> second = search(Map.of("kind", "institution", "sort", "NAME", "size", 5, "after", next)).getList("items.externalId");
        List<String> byNumber = search(Map.of("kind", "institution", "sort", "NAME", "size", 5, "page", 1)).getList("items.externalId");
        assertThat(second).hasSize(5).isEqualTo(byNumber).doesNotContainAnyElementsOf(first.getList("items.externalId"));
    }

    @Test
    void cursorsWalkEveryResultOnce() {
        int total = search(Map.of("kind", "designer", "size", 1)).getInt("total");
        java.util.Set<String> seen = new java.util.HashSet<>();
        String after = null;
        do {
            var params = new java.util.HashMap<String, Object>(Map.of("kind", "designer", "sort", "UPDATED", "size", 7));
            if (after != null) {
                params.put("after", after);
            }
            JsonPath page = search(params);
            List<String> ids = page.getList("items.externalId");
            assertThat(seen.addAll(ids)).isEqualTo(!ids.isEmpty());
            after = page.getString("next");
        } while (after != null);
        assertThat(seen).hasSize(total);
    }

    @Test
    void foreignCursorIsABadRequestNamingAfter() {
        given().queryParam("after", "bm90LWEtY3Vyc29y").when().get("/api/search")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
        String nameCursor = search(Map.of("kind", "institution", "sort", "NAME", "size", 2)).getString("next");
        given().queryParam("after", nameCursor).queryParam("sort", "UPDATED").when().get("/api/search")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void suggestionsCompleteAChinesePrefix() {
        List<String> texts = given().queryParam("q", "鞋底材").when().get("/api/suggest")
                .then().statusCode(200).extract().jsonPath().getList("text");
        assertThat(texts).contains("鞋底材料配方开发").allMatch(t -> t.startsWith("鞋底材"));
    }

    @Test
    void suggestionsCompleteALatinPrefixInAnyCase() {
        List<String> texts = given().queryParam("q", "satra").when().get("/api/suggest")
                .then().statusCode(200).extract().jsonPath().getList("text");
        assertThat(texts).anyMatch(t -> t.startsWith("SATRA"));
    }

    @Test
    void suggestionsTolerateATypoInALatinWord() {
        List<String> texts = given().queryParam("q", "Technolgy").when().get("/api/suggest")
                .then().statusCode(200).extract().jsonPath().getList("text");
        assertThat(texts).anyMatch(t -> t.contains("Technology"));
    }

    @Test
    void suggestionsNeedAPrefix() {
        given().when().get("/api/suggest").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "鞋".repeat(51)).when().get("/api/suggest").then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\", "(", "*", "?", "[", "\"", "a.b", "{1}"})
    void suggestionsAcceptSyntaxCharacters(String q) {
        given().queryParam("q", q).when().get("/api/suggest").then().statusCode(200);
    }
}
