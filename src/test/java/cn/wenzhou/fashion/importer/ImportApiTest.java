package cn.wenzhou.fashion.importer;

import static cn.wenzhou.fashion.testsupport.Fixtures.corpus;
import static cn.wenzhou.fashion.testsupport.Fixtures.importNdjson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.ImportJobs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;

@QuarkusTest
// Not about access rules (security.* tests are), except the job's own: runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
class ImportApiTest {

    private static final String TWO_DESIGNERS = """
            {"kind":"designer","externalId":"job-dsg-1","name":"陈设计","industries":["FOOTWEAR"],"location":{"country":"CN","district":"OUHAI"}}
            {"kind":"designer","externalId":"job-dsg-2","name":"吴设计","industries":["EYEWEAR"],"location":{"country":"CN","district":"LUCHENG"}}
            """;

    @Test
    void anUploadIsAcceptedAsAQueuedJobWhoseStatusIsPolledUntilItFinished() {
        String location = given().contentType("application/x-ndjson").body(TWO_DESIGNERS.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import")
                .then().statusCode(202)
                .body("status", equalTo("QUEUED")).body("finished", equalTo(false)).body("lines", equalTo(0))
                .body("uploadBytes", equalTo(TWO_DESIGNERS.getBytes(StandardCharsets.UTF_8).length))
                .extract().header("Location");
        assertThat(location).matches(".*/api/import/jobs/\\d+");

        ImportJobs.untilFinished(RestAssured::given, location)
                .body("status", equalTo("FINISHED")).body("lines", equalTo(2)).body("done", equalTo(2)).body("failed", equalTo(0))
                .body("startedAt", notNullValue()).body("finishedAt", notNullValue());

        // Still there once finished, for whoever asks later (any replica: it is in the database).
        given().when().get(location).then().statusCode(200).body("finished", equalTo(true)).body("done", equalTo(2));
        given().queryParam("externalId", "job-dsg-2").when().get("/api/designers").then().body("total", equalTo(1));
    }

    @Test
    void publicCorpusImportsCleanlyAndASecondImportUpdatesWithoutDuplicates() {
        String corpus = corpus();

        Map<String, Object> first = importNdjson(corpus);
        assertThat(first.get("lines")).isEqualTo(115);
        assertThat(first.get("failed")).isEqualTo(0);
        assertThat(first.get("done")).isEqualTo(115);
        assertThat(((Number) first.get("created")).intValue() + ((Number) first.get("updated")).intValue()).isEqualTo(115);

        Map<String, Object> second = importNdjson(corpus);
        assertThat(second.get("created")).isEqualTo(0);
        assertThat(second.get("updated")).isEqualTo(115);
        assertThat(second.get("done")).isEqualTo(115);
        assertThat(second.get("failed")).isEqualTo(0);
        assertThat(second.get("status")).isEqualTo("FINISHED");

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
        assertThat(report.get("done")).isEqualTo(1);
        assertThat(report.get("failed")).isEqualTo(5);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) report.get("errors");
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(2, 3, 5, 6, 7);
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("name", null, "kind", "enterpriseExternalId", "industries[0]");
        assertThat(errors.get(3).get("message")).isEqualTo("no enterprise with external id no-such-enterprise (in the library or earlier in this import)");
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
        assertThat(warnings).extracting(w -> w.get("line")).containsExactly(1);
    }

    @Test
    void anUnknownJobIsNotFound() {
        given().when().get("/api/import/jobs/{id}", 987_654_321L).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "test-enterprise", roles = "enterprise")
    void onlyAdminsSubmitOrReadImportJobs() {
        given().contentType("application/x-ndjson").body(TWO_DESIGNERS.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/import").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/import/jobs/{id}", 1L).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aLineAnotherLineNeedsIsWrittenFirstWhateverItsPlace() {
        // The need comes before its enterprise in the file: kinds are written in order, enterprises before needs.
        String ndjson = """
                {"kind":"need","externalId":"job-need-1","enterpriseExternalId":"job-ent-1","title":"鞋面激光切割","industries":["FOOTWEAR"]}
                {"kind":"enterprise","externalId":"job-ent-1","name":"温州作业鞋业","industries":["FOOTWEAR"],"district":"RUIAN"}
                """;
        ImportJobs.finished(RestAssured::given, ndjson).body("created", equalTo(2)).body("errors", empty())
                .body("done", equalTo(2));
    }
}
