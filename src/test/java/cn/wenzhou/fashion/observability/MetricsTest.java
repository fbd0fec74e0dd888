package cn.wenzhou.fashion.observability;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.institution;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * /q/metrics after a known set of requests, in a service of its own ({@link MetricsProfile}: 3 searches an hour, so
 * the 4th is refused), so that every count below is the test's alone.
 */
@QuarkusTest
@TestProfile(MetricsProfile.class)
class MetricsTest {

    private static final String DRAFT = "{\"title\":\"鞋底防滑检测\",\"categories\":[\"TESTING_CERTIFICATION\"]}";

    /** Prometheus's text format, without the comma that its client writes after the last label. */
    private static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString().replace(",}", "}");
    }

    @Test
    @TestSecurity(user = "metrics-admin", roles = Roles.ADMIN)
    void requestsShowAsLatencyHistogramsRefusalsAndReuse() {
        given().queryParam("q", "鞋").get("/search").then().statusCode(200);
        given().get("/institutions/424242").then().statusCode(404);
        for (int i = 0; i < 3; i++) {
            given().queryParam("q", "鞋底").get("/api/search").then().statusCode(200);
        }
        given().queryParam("q", "鞋底").get("/api/search").then().statusCode(429);
        given().queryParam("q", "鞋").get("/api/suggest").then().statusCode(429);
        given().contentType(ContentType.JSON).body(DRAFT).post("/api/matches").then().statusCode(200);
        long id = create("/api/institutions", institution(unique("metrics"), "温州鞋类检测中心"));
        given().get("/api/institutions/" + id + "/matches").then().statusCode(200);

        String metrics = metrics();

        assertThat(metrics.lines()).contains(
                // Latency: a histogram per operation and outcome, with fixed buckets up to 10 s.
                "library_requests_seconds_bucket{operation=\"search\",outcome=\"SUCCESS\",le=\"10.0\"} 3.0",
                "library_requests_seconds_bucket{operation=\"search\",outcome=\"SUCCESS\",le=\"+Inf\"} 3.0",
                "library_requests_seconds_count{operation=\"search\",outcome=\"SUCCESS\"} 3.0",
                "library_requests_seconds_bucket{operation=\"search\",outcome=\"CLIENT_ERROR\",le=\"+Inf\"} 1.0",
                "library_requests_seconds_bucket{operation=\"suggestions\",outcome=\"CLIENT_ERROR\",le=\"+Inf\"} 1.0",
                "library_requests_seconds_bucket{operation=\"preview\",outcome=\"SUCCESS\",le=\"+Inf\"} 1.0",
                "library_requests_seconds_bucket{operation=\"matching\",outcome=\"SUCCESS\",le=\"+Inf\"} 1.0",
                "library_requests_seconds_bucket{operation=\"page\",outcome=\"SUCCESS\",le=\"+Inf\"} 1.0",
                "library_requests_seconds_bucket{operation=\"page\",outcome=\"CLIENT_ERROR\",le=\"+Inf\"} 1.0",
                // The 4th search and the suggestion after it: the search group's limit.
                "library_rate_limit_refusals_total{group=\"search\"} 2.0",
                "library_rate_limit_refusals_total{group=\"matches\"} 0.0",
                // The 2nd and 3rd identical search reused the 1st; the page's search (another query) did not.
                "cache_gets_total{cache=\"recent-searches\",result=\"hit\"} 2.0",
                "cache_gets_total{cache=\"recent-searches\",result=\"miss\"} 2.0",
                "library_elasticsearch_up 1.0",
                "library_index_failures_total{kind=\"entity\"} 0.0",
                "library_import_jobs{status=\"queued\"} 0.0",
                "library_import_lines{state=\"failed\"} 0.0");
    }

    @Test
    void httpServerMetricsNameTheRouteNeverTheRawPath() {
        given().get("/api/institutions/987654").then().statusCode(404);
        given().get("/api/designers/987655").then().statusCode(404);

        String metrics = metrics();

        assertThat(metrics).contains("status=\"404\",uri=\"/api/institutions/{id}\"}", "status=\"404\",uri=\"/api/designers/{id}\"}")
                .doesNotContain("987654", "987655");
    }
}
