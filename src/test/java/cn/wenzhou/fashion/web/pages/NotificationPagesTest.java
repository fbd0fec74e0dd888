package cn.wenzhou.fashion.web.pages;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import cn.wenzhou.fashion.testsupport.PageForm;
import cn.wenzhou.fashion.testsupport.Parties;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The inbox page: the unread count in every page's header, opening a notification marks it read, record text escaped. */
@QuarkusTest
class NotificationPagesTest {

    private static Document page(String path) {
        return Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    @TestSecurity(user = "inbox-inst", roles = "institution")
    void theHeaderCountsTheUnreadAndOpeningOneMarksItRead() {
        Parties parties = Parties.withInstitution(unique("收件箱"), unique("inbox-ent"), "inbox-inst");
        long cooperation = parties.request();
        Parties hostile = parties.withNeed("""
                {"enterpriseId":%d,"title":"<b>加粗</b>鞋底","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"]}
                """.formatted(parties.enterpriseId()));
        hostile.request();

        Document inbox = page("/inbox");
        String unread = inbox.select("header.site a.inbox .unread").text();
        assertThat(unread).isEqualTo("2");
        assertThat(inbox.select("ul.notifications li .topic").eachText()).contains("收到合作请求");
        assertThat(inbox.select("ul.notifications button.link").eachText()).contains("<b>加粗</b>鞋底");
        assertThat(inbox.select("ul.notifications b")).isEmpty();

        // Newest first: the last is the first request's.
        String action = inbox.select("ul.notifications form.open").last().attr("action");
        assertThat(action).matches("/inbox/\\d+/read");
        String location = PageForm.of("/inbox", "form[action=" + action + "]").post().then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/workspace#cooperation-" + cooperation);
        assertThat(page("/inbox").select("header.site a.inbox .unread").text()).isEqualTo("1");

        PageForm.of("/inbox", "form.mark-all").post().then().statusCode(303);
        assertThat(page("/workspace").select("header.site a.inbox .unread")).isEmpty();
    }

    @Test
    @TestSecurity(user = "follow-inst", roles = "institution")
    void anInstitutionFollowsItsCapabilitiesOnTheWorkspaceAndFindsAMatchingNewNeedInTheInbox() throws Exception {
        String topic = unique("页面关注");
        Parties parties = Parties.withInstitution(topic, unique("follow-ent"), "follow-inst");
        String location = PageForm.of("/workspace", "form#follow-institution-" + parties.partnerId()).post().then().statusCode(303)
                .extract().header("Location");
        assertThat(location).endsWith("/workspace?done=FOLLOW#ws-profiles");

        parties.withNeed("""
                {"enterpriseId":%d,"title":"%s鞋面防滑检测","description":"需要检测%s鞋面的防滑性能","industries":["FOOTWEAR"],
                 "categories":["TESTING_CERTIFICATION"],"useVoucher":true}
                """.formatted(parties.enterpriseId(), topic, topic));
        IndexingBacklog.awaitEmpty();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Document inbox = page("/inbox");
        while (!inbox.select("ul.notifications").text().contains(topic + "鞋面防滑检测") && System.nanoTime() < deadline) {
            Thread.sleep(200); // the poll interval
            inbox = page("/inbox");
        }
        assertThat(inbox.select("ul.notifications li").first().select(".topic").text()).isEqualTo("有您可服务的新需求");
        assertThat(inbox.select("ul.notifications li").first().select("button.link").text()).isEqualTo(topic + "鞋面防滑检测");
    }
}
