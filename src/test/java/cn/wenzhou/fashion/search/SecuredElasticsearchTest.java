package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.institution;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.ElasticsearchTestResource;
import cn.wenzhou.fashion.testsupport.SecuredElasticsearch;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.tls.TlsConfigurationRegistry;

/**
 * The service against an Elasticsearch with security and HTTPS on, as production runs it: it reaches the node over
 * TLS (trusting the node's certificate through a Quarkus TLS configuration) and signs in as a user whose only role is
 * {@code elastic/roles.yml}'s {@code fashion-library}; what that role allows is enough for everything the service
 * does, and nothing outside its indexes.
 */
@QuarkusTest
@TestProfile(SecuredElasticsearch.class)
// Not about the service's own access rules: runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
class SecuredElasticsearchTest {

    @Inject
    TlsConfigurationRegistry tls;

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.hosts")
    String node;

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.password")
    String password;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient https = HttpClient.newBuilder()
                .sslContext(tls.get(ElasticsearchTestResource.TLS_CONFIGURATION).orElseThrow().createSSLContext()).build();
        return https.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder asTheServiceAccount(String path) {
        String credentials = ElasticsearchTestResource.USER + ":" + password;
        return HttpRequest.newBuilder(URI.create("https://" + node + path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theServiceIndexesAndSearchesOverTlsAsItsAccount() {
        String externalId = unique("secured");
        create("/api/institutions", institution(externalId, "温州鞋类安全检测所"));

        given().queryParam("q", "鞋类安全检测所").when().get("/api/search")
                .then().statusCode(200).body("items.externalId", hasItem(externalId));
    }

    @Test
    void reindexDropsAndRecreatesTheIndexesWithinTheRole() {
        String externalId = unique("reindexed");
        create("/api/institutions", institution(externalId, "温州鞋材检测中心"));

        given().when().post("/api/admin/reindex").then().statusCode(200);

        given().queryParam("q", "鞋材检测中心").when().get("/api/search")
                .then().statusCode(200).body("items[0].externalId", equalTo(externalId));
    }

    @Test
    void theHealthCheckReadsTheClusterAsTheAccount() {
        given().when().get("/q/health/group/elasticsearch")
                .then().statusCode(200).body("status", equalTo("UP")).body("checks[0].data.nodes", equalTo(1));
    }

    @Test
    void theAccountMayNotWriteOutsideItsIndexes() throws Exception {
        HttpResponse<String> otherIndex = send(asTheServiceAccount("/library-audit/_doc/1")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"note\":\"not the service's\"}")));
        HttpResponse<String> lookalike = send(asTheServiceAccount("/need-archive")
                .PUT(HttpRequest.BodyPublishers.noBody()));

        assertThat(otherIndex.statusCode()).as(otherIndex.body()).isEqualTo(403);
        assertThat(otherIndex.body()).contains("is unauthorized for user [library-service] with effective roles [fashion-library]");
        assertThat(lookalike.statusCode()).as(lookalike.body()).isEqualTo(403);
        HttpResponse<String> ownAlias = send(asTheServiceAccount("/need-read/_count"));
        assertThat(ownAlias.statusCode()).as(ownAlias.body()).isEqualTo(200);
    }

    /** Issue 16 review: of the cluster, the role grants its health and nothing else ("monitor" would grant node stats). */
    @Test
    void theAccountReadsTheClustersHealthOnly() throws Exception {
        HttpResponse<String> health = send(asTheServiceAccount("/_cluster/health"));
        HttpResponse<String> nodeStats = send(asTheServiceAccount("/_nodes/stats"));
        HttpResponse<String> settings = send(asTheServiceAccount("/_cluster/settings"));

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(nodeStats.statusCode()).as(nodeStats.body()).isEqualTo(403);
        assertThat(settings.statusCode()).as(settings.body()).isEqualTo(403);
    }

    @Test
    void aRequestWithoutCredentialsIsRefused() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create("https://" + node + "/need-read/_search")));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("missing authentication credentials");
    }

    @Test
    void theNodeSpeaksTlsOnly() {
        HttpRequest plain = HttpRequest.newBuilder(URI.create("http://" + node + "/_cluster/health")).build();

        assertThatThrownBy(() -> HttpClient.newHttpClient().send(plain, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }
}
