package cn.wenzhou.fashion.notification;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.as;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asSecondAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asStranger;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.AlertDelivery;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.NoticeTopic;
import cn.wenzhou.fashion.domain.NotificationRepository;
import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class NotificationApiTest {

    @Inject
    Event<Notice> notices;

    @Inject
    NotificationRepository notifications;

    @Inject
    UnansweredRequests unanswered;

    @Inject
    EntityManager em;

    private static ValidatableResponse inbox(RequestSpecification as) {
        return as.queryParam("size", 100).when().get("/api/notifications").then().statusCode(200);
    }

    @Test
    void everyStepOfTheCooperationTellsTheOtherParty() {
        String topic = unique("通知");
        Parties parties = Parties.withInstitution(topic);
        long id = parties.request();
        inbox(parties.asPartner()).body("items.topic", contains("COOPERATION_REQUESTED"))
                .body("items[0].topicZh", equalTo("收到合作请求"))
                .body("items[0].link", equalTo("/api/cooperations/" + id))
                .body("items[0].title", equalTo(topic + "鞋底防滑检测"))
                .body("items[0].detail", equalTo("希望合作"))
                .body("items[0].read", equalTo(false)).body("items[0].withheld", equalTo(false));
        parties.asPartner().when().get("/api/notifications/unread-count").then().statusCode(200).body("unread", equalTo(1));
        inbox(parties.asEnterprise()).body("items", empty());

        parties.agree(id);
        parties.complete(id, 4);

        inbox(parties.asEnterprise()).body("items.topic", contains("COOPERATION_COMPLETED", "AGREEMENT_CONFIRMED", "COOPERATION_ACCEPTED"));
        inbox(parties.asPartner()).body("items.topic", contains("AGREEMENT_PROPOSED", "COOPERATION_REQUESTED"));
    }

    @Test
    void aDeclineCarriesItsReasonToTheEnterpriseAndIntoTheFunnel() {
        Map<String, Integer> before = asAdmin().when().get("/api/statistics/funnel").then().statusCode(200)
                .extract().jsonPath().getMap("declinesByReason");
        Parties parties = Parties.withInstitution(unique("婉拒"));
        long id = parties.request();
        parties.asPartner().body("{\"code\":\"SOMETIMES\"}").when().post("/api/cooperations/{id}/decline", id).then().statusCode(400);
        parties.asPartner().body("{\"code\":\"OTHER\"}").when().post("/api/cooperations/{id}/decline", id).then().statusCode(400)
                .body("errors.field", contains("reason"));
        parties.asPartner().body("{\"code\":\"NO_CAPACITY\",\"reason\":\"档期已满\"}").when().post("/api/cooperations/{id}/decline", id)
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("declineReason", equalTo("NO_CAPACITY"));
        parties.asEnterprise().when().get("/api/cooperations/{id}", id).then().statusCode(200).body("declineReason", equalTo("NO_CAPACITY"));
        inbox(parties.asEnterprise()).body("items.topic", contains("COOPERATION_DECLINED")).body("items[0].detail", equalTo("暂无余力承接：档期已满"));

        // A client written before the list sends only its words: the decline counts as OTHER.
        Parties older = parties.withNeed("""
                {"enterpriseId":%d,"title":"鞋面透气检测","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"]}
                """.formatted(parties.enterpriseId()));
        long second = older.request();
        older.asPartner().body("{\"reason\":\"预算不够\"}").when().post("/api/cooperations/{id}/decline", second).then().statusCode(200)
                .body("declineReason", equalTo("OTHER"));
        inbox(parties.asEnterprise()).body("items[0].detail", equalTo("其他原因：预算不够"));

        Map<String, Integer> after = asAdmin().when().get("/api/statistics/funnel").then().statusCode(200)
                .extract().jsonPath().getMap("declinesByReason");
        assertThat(after.get("NO_CAPACITY")).isEqualTo(before.getOrDefault("NO_CAPACITY", 0) + 1);
        assertThat(after.get("OTHER")).isEqualTo(before.getOrDefault("OTHER", 0) + 1);
    }

    @Test
    void anUnansweredRequestRemindsThePartnerAfterAWeekAndOffersTheEnterpriseOthersAfterThree() {
        String topic = unique("沉默");
        Parties parties = Parties.withInstitution(topic);
        Parties other = parties.withPartner("institution", Fixtures.institution(unique("inst"), topic + "鞋类检测中心"));
        long id = parties.request();
        IndexingBacklog.awaitEmpty();

        requestedDaysAgo(id, 6);
        unanswered.remindNow();
        inbox(parties.asPartner()).body("items.topic", contains("COOPERATION_REQUESTED"));

        requestedDaysAgo(id, 8);
        unanswered.remindNow();
        unanswered.remindNow();
        inbox(parties.asPartner()).body("items.topic", contains("REQUEST_WAITING", "COOPERATION_REQUESTED"))
                .body("items[0].title", equalTo(topic + "鞋底防滑检测"));
        inbox(parties.asEnterprise()).body("items", empty());

        requestedDaysAgo(id, 22);
        unanswered.remindNow();
        inbox(parties.asEnterprise()).body("items.topic", contains("REQUEST_UNANSWERED"))
                .body("items[0].link", equalTo("/api/cooperations/" + id))
                .body("items[0].detail", containsString(topic + "鞋类检测中心"))
                .body("items[0].detail", not(containsString(topic + "检测实验室")));
        assertThat(other.partnerId()).isNotEqualTo(parties.partnerId());
    }

    private void requestedDaysAgo(long cooperation, int days) {
        Instant at = Instant.now().minus(Duration.ofDays(days));
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update Cooperation set createdAt = :at where id = :id")
                .setParameter("at", at).setParameter("id", cooperation).executeUpdate());
    }

    @Test
    void voucherDecisionsRedemptionAndPayoutReachTheParties() {
        String topic = unique("券通知");
        Parties parties = Parties.withInstitution(topic).verified();
        long cooperation = parties.request();
        parties.agree(cooperation);
        long voucher = parties.asEnterprise().body("{\"cooperationId\":%d,\"category\":\"TESTING_CERTIFICATION\",\"amount\":12345.67}".formatted(cooperation))
                .post("/api/vouchers").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body("{\"reason\":\"材料齐全\"}").post("/api/vouchers/{id}/approve", voucher).then().statusCode(200);
        inbox(parties.asEnterprise()).body("items[0].topic", equalTo("VOUCHER_DECIDED"))
                .body("items[0].link", equalTo("/api/vouchers/" + voucher))
                .body("items[0].title", equalTo("12345.67 CNY · " + topic + "检测实验室"))
                .body("items[0].detail", equalTo("已批准：材料齐全"));

        parties.complete(cooperation, 5);
        String key = unique("key");
        parties.asEnterprise().header("Idempotency-Key", key)
                .body("{\"amount\":12000.10,\"contractReference\":\"HT-%s\",\"invoiceReference\":\"INV-%s\"}".formatted(key, key))
                .post("/api/vouchers/{id}/redeem", voucher).then().statusCode(200);
        parties.asPartner().post("/api/vouchers/{id}/confirm", voucher).then().statusCode(200);
        asSecondAdmin().body("{}").post("/api/vouchers/{id}/pay", voucher).then().statusCode(200);

        inbox(parties.asEnterprise()).body("items.topic", contains("PAYOUT_APPROVED", "REDEMPTION_CONFIRMED", "COOPERATION_COMPLETED",
                "VOUCHER_DECIDED", "AGREEMENT_CONFIRMED", "COOPERATION_ACCEPTED"));
        inbox(parties.asPartner()).body("items[0].topic", equalTo("PAYOUT_APPROVED"))
                .body("items[0].link", equalTo("/api/vouchers/" + voucher));
    }

    @Test
    void aClaimDecisionReachesTheClaimant() {
        long designer = asAdmin().body("""
                {"name":"林认领","description":"女鞋设计","industries":["FOOTWEAR"],
                 "location":{"country":"CN","province":"浙江省","city":"温州市","district":"OUHAI"}}""").when().post("/api/designers")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
        String claimant = unique("designer-claimant");
        long claim = as(Tokens.of(claimant, "designer")).body("""
                {"evidenceReference":"作品集 2026","contact":{"person":"林小姐","phone":"13800002222","email":"lin@example.cn"}}""")
                .when().post("/api/designers/{id}/claim", designer).then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body("{\"reason\":\"作品属实\"}").when().post("/api/claims/{id}/approve", claim).then().statusCode(200);

        inbox(as(Tokens.of(claimant, "designer"))).body("items.topic", contains("CLAIM_DECIDED"))
                .body("items[0].link", equalTo("/api/claims/" + claim))
                .body("items[0].title", equalTo("林认领"))
                .body("items[0].detail", equalTo("已通过：作品属实"));
    }

    @Test
    void markingReadCountsDownAndAnothersNotificationIsMissing() {
        Parties parties = Parties.withInstitution(unique("已读"));
        parties.request();
        parties.withNeed("""
                {"enterpriseId":%d,"title":"鞋面透气检测","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"]}
                """.formatted(parties.enterpriseId())).request();
        long first = inbox(parties.asPartner()).body("items", hasSize(2)).extract().jsonPath().getLong("items[1].id");

        asStranger().when().post("/api/notifications/{id}/read", first).then().statusCode(404);
        parties.asPartner().when().post("/api/notifications/{id}/read", first).then().statusCode(200).body("read", equalTo(true));
        parties.asPartner().when().get("/api/notifications/unread-count").then().body("unread", equalTo(1));
        inbox(parties.asPartner().queryParam("unread", true)).body("items", hasSize(1)).body("items[0].id", not(equalTo((int) first)));
        parties.asPartner().when().post("/api/notifications/read").then().statusCode(200).body("marked", equalTo(1));
        parties.asPartner().when().get("/api/notifications/unread-count").then().body("unread", equalTo(0));
        given().when().get("/api/notifications").then().statusCode(401);
    }

    @Test
    void theSameNoticeTwiceIsOneNotification() {
        String recipient = unique("twice");
        Notice notice = new Notice(recipient, NoticeTopic.COOPERATION_ACCEPTED, "cooperation", 4242L, "", "同一合作", null);
        QuarkusTransaction.requiringNew().run(() -> notices.fire(notice));
        QuarkusTransaction.requiringNew().run(() -> notices.fire(notice));
        QuarkusTransaction.requiringNew().run(() -> notices.fire(notice.on("v2")));

        long count = QuarkusTransaction.requiringNew().call(() -> notifications.page(recipient, false, 0, 10).total());
        assertThat(count).isEqualTo(2);
    }

    @Test
    void aNoticeOfAChangeThatFailsIsNotKept() {
        String recipient = unique("rolled-back");
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                notices.fire(new Notice(recipient, NoticeTopic.COOPERATION_ACCEPTED, "cooperation", 4243L, "", "失败的变更", null));
                throw new IllegalStateException("the change fails after its notice");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        long count = QuarkusTransaction.requiringNew().call(() -> notifications.page(recipient, false, 0, 10).total());
        assertThat(count).isZero();
    }

    @Test
    void aProfileThatChangedHandsWithholdsItsNotificationsFromTheFormerOwner() {
        Parties parties = Parties.withInstitution(unique("易主"));
        long id = parties.request();
        asAdmin().body("{\"ownerId\":\"%s\",\"reason\":\"机构负责人变更\"}".formatted(unique("new-owner")))
                .when().put("/api/institutions/{id}/owner", parties.partnerId()).then().statusCode(200);

        inbox(parties.asPartner()).body("items.topic", contains("COOPERATION_REQUESTED"))
                .body("items[0].withheld", equalTo(true)).body("items[0].title", nullValue())
                .body("items[0].detail", nullValue()).body("items[0].link", nullValue())
                .body("items[0].recordId", equalTo((int) id));
    }

    @Test
    void alertsListTheWorkflowAndSetHowItIsDelivered() {
        Parties parties = Parties.withInstitution(unique("提醒"));
        long alert = parties.asPartner().when().get("/api/alerts").then().statusCode(200)
                .body("kind", contains("WORKFLOW")).body("delivery", contains("IMMEDIATE"))
                .body("[0]", not(hasKey("unsubscribeToken")))
                .extract().jsonPath().getLong("[0].id");
        parties.asPartner().body("{\"delivery\":\"SOMETIMES\"}").when().put("/api/alerts/{id}/delivery", alert).then().statusCode(400);
        parties.asPartner().body("{}").when().put("/api/alerts/{id}/delivery", alert).then().statusCode(400)
                .body("errors.field", contains("delivery"));
        parties.asEnterprise().body("{\"delivery\":\"IN_APP\"}").when().put("/api/alerts/{id}/delivery", alert).then().statusCode(404);
        parties.asPartner().body("{\"delivery\":\"DAILY_DIGEST\"}").when().put("/api/alerts/{id}/delivery", alert).then().statusCode(200)
                .body("delivery", equalTo("DAILY_DIGEST"));

        parties.request();
        inbox(parties.asPartner()).body("items.topic", contains("COOPERATION_REQUESTED"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> notifications.pendingDigestOf(alert))).hasSize(1);
    }

    @Test
    void anUnsubscribeLinkAsksOnGetAndUnsubscribesOnPostWithoutSignIn() {
        Parties parties = Parties.withInstitution(unique("退订"));
        parties.request();
        long alert = parties.asPartner().when().get("/api/alerts").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        String token = QuarkusTransaction.requiringNew().call(() -> notifications.alert(alert).orElseThrow().unsubscribeToken);
        assertThat(token).hasSize(43);

        given().when().get("/api/unsubscribe/{token}", token).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("确认退订"));
        parties.asPartner().when().get("/api/alerts").then().body("delivery", contains("IMMEDIATE"));

        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .when().post("/api/unsubscribe/{token}", token).then().statusCode(200).body(containsString("已退订"));
        parties.asPartner().when().get("/api/alerts").then().body("delivery", contains(AlertDelivery.IN_APP.name()));
        given().when().get("/api/unsubscribe/{token}", token).then().statusCode(200)
                .body(containsString("您已不再收到"));

        given().when().post("/api/unsubscribe/{token}", "not-a-token").then().statusCode(404);
        given().when().get("/api/unsubscribe/{token}", "not-a-token").then().statusCode(404);
    }
}
