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
 * Matching quality on the judged public set: NDCG@10 of GET /api/needs/{id}/matches for every judged
 * need, beside the plain BM25 baseline in the same run. Prints the figures and keeps them in
 * target/benchmarks.
 */
@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
@TestProfile(CleanLibraryProfile.class)
class MatchRelevanceTest {

    /** Today's figures (0.9497, worst need 0.686; docs/benchmarks.md) rounded down: a change that costs relevance fails. */
    static final double FLOOR = 0.945;
    static final double NEED_FLOOR = 0.65;

    @Test
    void matchingReachesTheFloorOnEveryJudgedNeed() throws Exception {
        assertThat(importNdjson(corpus()).get("failed")).isEqualTo(0);
        List<JsonNode> records = Judgments.corpus();
        Map<String, Map<String, Integer>> judgments = Judgments.load();
        var baseline = new BaselineBm25(ConfigProvider.getConfig().getValue("quarkus.hibernate-search-orm.elasticsearch.hosts", String.class));
        baseline.index(records);

        double match = 0;
        double bm25 = 0;
        double worst = 1;
        StringBuilder perNeed = new StringBuilder();
        for (var entry : judgments.entrySet()) {
            long id = given().queryParam("externalId", entry.getKey()).when().get("/api/needs")
                    .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
            List<String> ranked = given().queryParam("limit", 10).when().get("/api/needs/{id}/matches", id)
                    .then().statusCode(200).extract().jsonPath().getList("items.externalId");
            JsonNode need = records.stream().filter(r -> r.path("externalId").asText().equals(entry.getKey())).findFirst().orElseThrow();
            double matchScore = Judgments.ndcgAt10(ranked, entry.getValue());
            double bm25Score = Judgments.ndcgAt10(baseline.search(need.path("title").asText() + " " + need.path("description").asText()),
                    entry.getValue());
            match += matchScore;
            bm25 += bm25Score;
            worst = Math.min(worst, matchScore);
            perNeed.append("%s match %.3f baseline %.3f  top: %s%n".formatted(entry.getKey(), matchScore, bm25Score,
                    ranked.stream().limit(6).map(p -> p + "=" + entry.getValue().getOrDefault(p, 0)).toList()));
        }
        match /= judgments.size();
        bm25 /= judgments.size();
        String report = "%s matching NDCG@10 %.4f (worst need %.3f), plain BM25 baseline %.4f (%d judged needs)%n%s"
                .formatted(LocalDate.now(), match, worst, bm25, judgments.size(), perNeed);
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/match-relevance.txt"), report);

        assertThat(match).as("matching NDCG@10").isGreaterThanOrEqualTo(FLOOR).isGreaterThan(bm25);
        assertThat(worst).as("worst judged need").isGreaterThanOrEqualTo(NEED_FLOOR);
    }
}
