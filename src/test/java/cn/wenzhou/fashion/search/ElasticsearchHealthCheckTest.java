package cn.wenzhou.fashion.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Readiness (the Kubernetes Service's choice of pods) covers the database only; the search cluster has a check of
 * its own that no probe reads, so that a cluster restart does not take every instance out of the Service.
 */
@QuarkusTest
class ElasticsearchHealthCheckTest {

    @Test
    void readinessIsTheDatabaseAlone() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", contains("Database connections health check"));
    }

    @Test
    void livenessAndStartupDoNotAskTheSearchCluster() {
        given().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", not(hasItem("Elasticsearch cluster")));
        given().when().get("/q/health/started")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", not(hasItem("Elasticsearch cluster")));
    }

    @Test
    void theSearchClusterHasItsOwnGroup() {
        given().when().get("/q/health/group/elasticsearch")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", contains("Elasticsearch cluster"))
                .body("checks[0].data.status", is(oneOf("green", "yellow")))
                .body("checks[0].data.nodes", equalTo(1));
    }
}
