package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Stored text that looks like markup comes back as text in highlights, never as markup a client would run. */
@QuarkusTest
@TestSecurity(user = "test-admin", roles = "admin")
class HostileTextApiTest {

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
        Map<String, List<String>> highlights = (Map<String, List<String>>) items.stream()
                .filter(item -> externalId.equals(item.get("externalId"))).findFirst().orElseThrow().get("highlights");
        String description = String.join("", highlights.get("description"));
        assertThat(description).contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
                .contains("<em>鞋底</em>").contains("&quot;quoted&quot; &amp; more")
                .doesNotContain("<script>").doesNotContain("<img");
    }
}
