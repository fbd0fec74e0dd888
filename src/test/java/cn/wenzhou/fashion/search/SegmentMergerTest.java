package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.testsupport.Fixtures.create;
import static cn.wenzhou.fashion.testsupport.Fixtures.institution;
import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
class SegmentMergerTest {

    @Inject
    SegmentMerger merger;

    @Test
    void mergeLeavesOneSegmentPerIndex() throws Exception {
        // Tests refresh after every write: each record created starts a segment of its own.
        for (int i = 0; i < 3; i++) {
            create("/api/institutions", institution(unique("inst"), "分段合并测试检测中心" + i));
        }
        assertThat(segments("institution-read")).isGreaterThan(1);

        merger.mergeAll();

        for (String index : new String[] { "institution-read", "designer-read", "enterprise-read", "need-read" }) {
            assertThat(segments(index)).as(index).isLessThanOrEqualTo(1);
        }
    }

    /** The number of searchable segments of an index's only shard. */
    private static int segments(String index) throws Exception {
        String host = ConfigProvider.getConfig().getValue("quarkus.hibernate-search-orm.elasticsearch.hosts", String.class).split(",")[0];
        String body = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://" + host + "/" + index + "/_segments")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var indices = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("indices");
        var shard = indices.entrySet().iterator().next().getValue().getAsJsonObject()
                .getAsJsonObject("shards").getAsJsonArray("0").get(0).getAsJsonObject();
        return shard.getAsJsonObject("segments").size();
    }
}
