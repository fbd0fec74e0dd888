package cn.wenzhou.fashion.importer;

import static cn.wenzhou.fashion.testsupport.Fixtures.corpus;
import static cn.wenzhou.fashion.testsupport.Fixtures.importNdjson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
class ImportApiTest {

    @Test
    void publicCorpusImportsCleanlyAndASecondImportUpdatesWithoutDuplicates() {
        String corpus = corpus();
        long lines = corpus.lines().filter(l -> !l.isBlank()).count();

        Map<String, Object> first = importNdjson(corpus);
        assertThat(first.get("failed")).isEqualTo(0);
        assertThat(((Number) first.get("created")).intValue() + ((Number) first.get("updated")).intValue()).isEqualTo((int) lines);

        Map<String, Object> second = importNdjson(corpus);
        assertThat(second.get("created")).isEqualTo(0);
        assertThat(second.get("updated")).isEqualTo((int) lines);
        assertThat(second.get("failed")).isEqualTo(0);

        given().queryParam("externalId", "p-need-001").when().get("/api/needs")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].enterpriseExternalId", equalTo("p-ent-001"));
        given().queryParam("externalId", "p-inst-002").when().get("/api/institutions")
                .then().body("total", equalTo(1)).body("items[0].type", equalTo("TESTING_LAB"));
    }

    @Test
    void importReportsBadLinesWithTheirNumbersAndWritesTheGoodOnes() {
        String ndjson = String.join("\n",
                "{\"kind\":\"designer\",\"externalId\":\"imp-dsg-1\",\"name\":\"林设计\",\"industries\":[\"APPAREL\"],"
                        + "\"location\":{\"country\":\"CN\",\"city\":\"温州市\",\"district\":\"RUIAN\"}}",
                "{\"kind\":\"designer\",\"externalId\":\"imp-dsg-2\",\"name\":\"\",\"industries\":[\"APPAREL\"],"
                        + "\"location\":{\"country\":\"CN\"}}",
                "not json at all",
                "",
                "{\"kind\":\"spaceship\",\"externalId\":\"imp-x\"}",
                "{\"kind\":\"need\",\"externalId\":\"imp-need-1\",\"enterpriseExternalId\":\"no-such-enterprise\","
                        + "\"title\":\"面料色牢度\",\"industries\":[\"APPAREL\"]}",
                "{\"kind\":\"designer\",\"externalId\":\"imp-dsg-3\",\"name\":\"周设计\",\"industries\":[\"HATS\"],"
                        + "\"location\":{\"country\":\"CN\"}}");

        Map<String, Object> report = importNdjson(ndjson);

        assertThat(report.get("lines")).isEqualTo(6);
        assertThat(report.get("created")).isEqualTo(1);
        assertThat(report.get("failed")).isEqualTo(5);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) report.get("errors");
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(2, 3, 5, 6, 7);
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("name", null, "kind", "enterpriseExternalId", "industries[0]");
        given().queryParam("externalId", "imp-dsg-1").when().get("/api/designers").then().body("total", equalTo(1));
        given().queryParam("externalId", "imp-need-1").when().get("/api/needs").then().body("total", equalTo(0));
    }

    @Test
    void legacyCreditCodeIsKeptWithAWarning() {
        String line = "{\"kind\":\"enterprise\",\"externalId\":\"imp-ent-legacy\",\"name\":\"旧系统企业\","
                + "\"creditCode\":\"91330302MA2CK7Q51N\",\"industries\":[\"FOOTWEAR\"],\"district\":\"LUCHENG\"}";
        Map<String, Object> report = importNdjson(line);
        assertThat(report.get("failed")).isEqualTo(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> warnings = (List<Map<String, Object>>) report.get("warnings");
        assertThat(warnings).extracting(w -> w.get("field")).containsExactly("creditCode");
    }
}
