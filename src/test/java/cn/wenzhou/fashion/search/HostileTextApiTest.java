package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Stored text that looks like markup comes back as text in highlights, suggestions and match explanations, never
 * as markup a client would run: the API escapes the record's text, then marks the terms found in it.
 */
@QuarkusTest
@TestSecurity(user = "test-admin", roles = "admin")
class HostileTextApiTest {

    private static final String DESCRIPTION = "<img src=x onerror=alert(1)><script>alert(2)</script>鞋底防滑";
    private static final String TAG = "<a href=\"#\" onmouseover='alert(3)'>防滑</a>";
    private static final String CAPABILITY = "&lt;b&gt; 鞋底 &amp; R&D";
    /** The designer's texts as search and matching show them for 恶意文本 鞋底防滑: escaped, then marked. */
    private static final Map<String, List<String>> MARKED_TEXTS = Map.of(
            "name", List.of("<em>恶意</em><em>文本</em> &lt;b&gt;&quot;Bold&quot;&lt;/b&gt; &amp; &#39;Co&#39;"),
            "tags", List.of("&lt;a href=&quot;#&quot; onmouseover=&#39;alert(3)&#39;&gt;<em>防滑</em>&lt;/a&gt;"),
            "capabilities", List.of("&amp;lt;b&amp;gt; <em>鞋底</em> &amp;amp; R&amp;D"),
            "description", List.of("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;<em>鞋底</em><em>防滑</em>"));

    /** A designer whose name, description, tag and capability title each hold markup, quotes or entities. */
    private static String hostileDesigner(String externalId) throws JsonProcessingException {
        return new ObjectMapper().writeValueAsString(Map.of(
                "externalId", externalId,
                "name", "恶意文本 <b>\"Bold\"</b> & 'Co'",
                "description", DESCRIPTION,
                "industries", List.of("FOOTWEAR"),
                "tags", List.of(TAG),
                "capabilities", List.of(Map.of("category", "INDUSTRIAL_DESIGN", "title", CAPABILITY)),
                "location", Map.of("country", "CN", "city", "温州市", "district", "LUCHENG")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(List<Map<String, Object>> items, String externalId) {
        return items.stream().filter(item -> externalId.equals(item.get("externalId"))).findFirst()
                .orElseThrow(() -> new AssertionError(externalId + " not among " + items.size() + " items"));
    }

    @Test
    void storedScriptInADescriptionComesBackEscapedInSearchHighlights() {
        String externalId = unique("hostile");
        create("/api/institutions", """
                {"externalId":"%s","name":"恶意文本检测中心","type":"TESTING_LAB",
                 "description":"<img src=x onerror=alert(1)><script>alert(2)</script> 鞋底防滑检测 \\"quoted\\" & more",
                 "industries":["FOOTWEAR"],"location":{"country":"CN","city":"温州市","district":"LUCHENG"}}
                """.formatted(externalId));
        List<Map<String, Object>> items = given().queryParam("q", "恶意文本检测中心 鞋底防滑").queryParam("kind", "institution")
                .when().get("/api/search").then().statusCode(200).extract().jsonPath().getList("items");
        @SuppressWarnings("unchecked")
        Map<String, List<String>> highlights = (Map<String, List<String>>) item(items, externalId).get("highlights");
        String description = String.join("", highlights.get("description"));
        assertThat(description).contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
                .contains("<em>鞋底</em>").contains("&quot;quoted&quot; &amp; more")
                .doesNotContain("<script>").doesNotContain("<img");
    }

    @Test
    void searchHighlightsAreTheEscapedTextsWithTheTermsMarked() throws JsonProcessingException {
        String externalId = unique("hostile");
        create("/api/designers", hostileDesigner(externalId));
        List<Map<String, Object>> items = given().queryParam("q", "恶意文本 鞋底防滑").queryParam("kind", "designer")
                .when().get("/api/search").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> hit = item(items, externalId);
        assertThat(hit.get("name")).as("names are text, for a client to insert as text").isEqualTo("恶意文本 <b>\"Bold\"</b> & 'Co'");
        assertThat(hit.get("highlights")).isEqualTo(MARKED_TEXTS);
    }

    @Test
    void matchExplanationsMarkTheEscapedTexts() throws JsonProcessingException {
        String externalId = unique("hostile");
        create("/api/designers", hostileDesigner(externalId));
        List<Map<String, Object>> items = given().contentType(ContentType.JSON).body("{\"title\":\"恶意文本 鞋底防滑\"}")
                .queryParam("kind", "designer").queryParam("limit", 100)
                .when().post("/api/matches").then().statusCode(200).extract().jsonPath().getList("items");
        @SuppressWarnings("unchecked")
        Map<String, Object> explanation = (Map<String, Object>) item(items, externalId).get("explanation");
        assertThat(explanation.get("matchedTerms")).isEqualTo(MARKED_TEXTS);
    }

    @Test
    void suggestionsMarkWhatWasTypedInTheEscapedValue() throws JsonProcessingException {
        create("/api/designers", hostileDesigner(unique("hostile")));
        List<Map<String, Object>> tag = given().queryParam("q", "<a href=\"#\"").when().get("/api/suggest")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(tag).extracting("text", "highlighted").contains(tuple(TAG,
                "<em>&lt;a href=&quot;#&quot;</em> onmouseover=&#39;alert(3)&#39;&gt;防滑&lt;/a&gt;"));
        List<Map<String, Object>> capability = given().queryParam("q", "&LT;").when().get("/api/suggest")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(capability).extracting("text", "highlighted").contains(tuple(CAPABILITY,
                "<em>&amp;lt;</em>b&amp;gt; 鞋底 &amp;amp; R&amp;D"));
    }
}
