package cn.wenzhou.fashion.eval;

import static cn.wenzhou.fashion.testsupport.Fixtures.corpus;
import static cn.wenzhou.fashion.testsupport.Fixtures.importNdjson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * Search relevance on the judged public set: each judged need's title and description is the query over
 * institutions and designers; NDCG@10 against the judgments, beside a plain standard-analyzer BM25 baseline
 * over the same records in the same run. Prints the figures and keeps them in target/benchmarks.
 */
@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
@TestProfile(CleanLibraryProfile.class)
class SearchRelevanceTest {

    /** Today's figure (0.8942, docs/benchmarks.md) rounded down: a change that costs relevance fails. */
    static final double FLOOR = 0.89;

    @Test
    void searchBeatsThePlainBm25BaselineAndReachesTheFloor() throws Exception {
        assertThat(importNdjson(corpus()).get("failed")).isEqualTo(0);
        List<JsonNode> records = Judgments.corpus();
        Map<String, Map<String, Integer>> judgments = Judgments.load();
        var baseline = new BaselineBm25(ConfigProvider.getConfig().getValue("quarkus.hibernate-search-orm.elasticsearch.hosts", String.class));
        baseline.index(records);

        double search = 0;
        double bm25 = 0;
        StringBuilder perNeed = new StringBuilder();
        for (var entry : judgments.entrySet()) {
            JsonNode need = records.stream().filter(r -> r.path("externalId").asText().equals(entry.getKey())).findFirst().orElseThrow();
            String query = need.path("title").asText() + " " + need.path("description").asText();
            List<String> found = given().queryParam("q", query.length() > 500 ? query.substring(0, 500) : query)
                    .queryParam("kind", "institution").queryParam("kind", "designer").queryParam("size", 10)
                    .when().get("/api/search").then().statusCode(200).extract().jsonPath().getList("items.externalId");
            double searchScore = Judgments.ndcgAt10(found, entry.getValue());
            double bm25Score = Judgments.ndcgAt10(baseline.search(query), entry.getValue());
            search += searchScore;
            bm25 += bm25Score;
            perNeed.append("%s search %.3f baseline %.3f  top: %s%n".formatted(entry.getKey(), searchScore, bm25Score,
                    found.stream().limit(5).map(id -> id + "=" + entry.getValue().getOrDefault(id, 0)).toList()));
        }
        search /= judgments.size();
        bm25 /= judgments.size();
        String report = "%s search NDCG@10 %.4f, plain BM25 baseline %.4f (%d judged needs)%n%s"
                .formatted(LocalDate.now(), search, bm25, judgments.size(), perNeed);
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/search-relevance.txt"), report);

        assertThat(search).as("search NDCG@10").isGreaterThan(bm25).isGreaterThanOrEqualTo(FLOOR);
    }
}
