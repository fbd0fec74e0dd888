package cn.wenzhou.fashion.settlement;

import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asSecondAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asStranger;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.SettlementStatus;
import cn.wenzhou.fashion.testsupport.Members;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SettlementApiTest {

    /** Records the decisions fired, as a notifier would observe them. */
    @Singleton
    static class DecisionsHeard {
        static final List<SettlementDecided> HEARD = new ArrayList<>();

        void heard(@Observes SettlementDecided decided) {
            synchronized (HEARD) {
                HEARD.add(decided);
            }
        }
    }

    @Test
    void anApprovedSettlementSetsTheSettledMarkAndAWithdrawalClearsIt() {
        Members lab = Members.institution("入驻测试检测所");
        long settlement = lab.asOwner().body(lab.settlementBody("OUHAI")).post("/api/settlements").then().statusCode(201)
                .body("status", equalTo("APPLIED")).body("district", equalTo("OUHAI")).body("spaceSquareMetres", equalTo(120.5f))
                .body("people", equalTo(6)).body("profileName", equalTo("入驻测试检测所"))
                .body("documentReferences", contains("营业执照 330302-2026-001")).extract().jsonPath().getLong("id");
        given().get("/api/institutions/{id}", lab.id()).then().body("settled", equalTo(false));

        asAdmin().body("{\"reason\":\"材料齐全\"}").post("/api/settlements/{id}/approve", settlement).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decisionReason", equalTo("材料齐全")).body("decidedBy", equalTo(Parties.ADMIN_USER));
        given().get("/api/institutions/{id}", lab.id()).then().body("settled", equalTo(true));
        asAdmin().body("{}").post("/api/settlements/{id}/approve", settlement).then().statusCode(409);

        asSecondAdmin().body("{}").post("/api/settlements/{id}/withdraw", settlement).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        asSecondAdmin().body("{\"reason\":\"未按计划入驻\"}").post("/api/settlements/{id}/withdraw", settlement).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("未按计划入驻"))
                .body("withdrawnBy", equalTo(Parties.SECOND_ADMIN_USER));
        given().get("/api/institutions/{id}", lab.id()).then().body("settled", equalTo(false));
        asAdmin().queryParam("recordKind", "settlement").queryParam("recordId", settlement).get("/api/admin/audit").then().statusCode(200)
                .body("items.action", contains("SETTLEMENT_WITHDRAWN", "SETTLEMENT_APPROVED"));
        synchronized (DecisionsHeard.HEARD) {
            org.assertj.core.api.Assertions.assertThat(DecisionsHeard.HEARD.stream().filter(d -> d.settlementId() == settlement).map(SettlementDecided::status))
                    .containsExactly(SettlementStatus.APPROVED, SettlementStatus.WITHDRAWN);
        }
        // The owner hears of both decisions in the inbox, newest first, with the profile's name and the reason.
        lab.asOwner().queryParam("size", 100).get("/api/notifications").then().statusCode(200)
                .body("items.findAll { it.recordType == 'settlement' }.topic", contains("SETTLEMENT_DECIDED", "SETTLEMENT_DECIDED"))
                .body("items.findAll { it.recordType == 'settlement' }.detail", contains("WITHDRAWN: 未按计划入驻", "APPROVED: 材料齐全"))
                .body("items.findAll { it.recordType == 'settlement' }.title", contains("入驻测试检测所", "入驻测试检测所"));
    }

    @Test
    void aRejectionNeedsAReasonAndLeavesThePartnerUnsettled() {
        Members designer = Members.designer("入驻测试设计师甲", "LUCHENG");
        long settlement = designer.asOwner().body(designer.settlementBody("LUCHENG")).post("/api/settlements").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        asAdmin().body("{\"reason\":\"\"}").post("/api/settlements/{id}/reject", settlement).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        asAdmin().body("{\"reason\":\"场地不符\"}").post("/api/settlements/{id}/reject", settlement).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        given().get("/api/designers/{id}", designer.id()).then().body("settled", equalTo(false));
        // Rejected: a new application may follow.
        designer.asOwner().body(designer.settlementBody("LUCHENG")).post("/api/settlements").then().statusCode(201);
    }

    @Test
    void badInputsAreProblemsNamingTheirFields() {
        Members lab = Members.institution("入驻测试坏输入");
        lab.asOwner().body("""
                {"profileKind":"enterprise","profileId":%d,"contribution":"","district":"NOWHERE","spaceSquareMetres":-1,"people":-2}""".formatted(lab.id()))
                .post("/api/settlements").then().statusCode(400).contentType("application/problem+json");
        lab.asOwner().body("""
                {"profileKind":"institution","profileId":%d,"contribution":"","district":"OUHAI","spaceSquareMetres":-1,"people":-2}""".formatted(lab.id()))
                .post("/api/settlements").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("contribution", "spaceSquareMetres", "people"));
        lab.asOwner().body(lab.settlementBody("OUHAI").replace("[\"营业执照 330302-2026-001\"]", "[\"\"]")).post("/api/settlements").then().statusCode(400)
                .body("errors[0].field", equalTo("documentReferences[0]"));
        lab.asOwner().body(lab.settlementBody("OUHAI").replace("%d".formatted(lab.id()), "999999999")).post("/api/settlements").then().statusCode(400)
                .body("errors[0].field", equalTo("profileId"));
        lab.asOwner().contentType(ContentType.JSON).post("/api/settlements").then().statusCode(400);
    }

    @Test
    void onlyTheApprovedOwnerAppliesOnceAtATimeAndMayCancel() {
        Members lab = Members.institution("入驻测试归属");
        asStranger().body(lab.settlementBody("OUHAI")).post("/api/settlements").then().statusCode(403);
        given().contentType(ContentType.JSON).body(lab.settlementBody("OUHAI")).post("/api/settlements").then().statusCode(401);
        long settlement = lab.asOwner().body(lab.settlementBody("OUHAI")).post("/api/settlements").then().statusCode(201).extract().jsonPath().getLong("id");
        lab.asOwner().body(lab.settlementBody("OUHAI")).post("/api/settlements").then().statusCode(409);
        asStranger().post("/api/settlements/{id}/cancel", settlement).then().statusCode(403);
        lab.asOwner().post("/api/settlements/{id}/cancel", settlement).then().statusCode(200).body("status", equalTo("CANCELLED"));
        asAdmin().body("{}").post("/api/settlements/{id}/approve", settlement).then().statusCode(409);
        lab.settled();
        lab.asOwner().body(lab.settlementBody("OUHAI")).post("/api/settlements").then().statusCode(409); // settled already
    }

    @Test
    void anOwnerNotYetApprovedDoesNotApply() {
        String user = cn.wenzhou.fashion.testsupport.Fixtures.unique("unapproved");
        long designer = Parties.as(Tokens.of(user, "designer")).body("""
                {"name":"未审核设计师","industries":["FOOTWEAR"],"location":{"country":"CN","district":"OUHAI"}}""")
                .post("/api/designers").then().statusCode(201).extract().jsonPath().getLong("id");
        Parties.as(Tokens.of(user, "designer")).body(new Members("designer", designer, user).settlementBody("OUHAI"))
                .post("/api/settlements").then().statusCode(403);
    }

    @Test
    void onlyAdminsWhoAreNoPartyDecide() {
        Members lab = Members.institution("入驻测试四眼");
        long settlement = lab.asOwner().body(lab.settlementBody("OUHAI")).post("/api/settlements").then().statusCode(201).extract().jsonPath().getLong("id");
        lab.asOwner().body("{}").post("/api/settlements/{id}/approve", settlement).then().statusCode(403);
        Parties.as(Tokens.of(lab.user(), "institution", "admin")).body("{}").post("/api/settlements/{id}/approve", settlement).then().statusCode(403);
        asAdmin().body("{}").post("/api/settlements/{id}/approve", 987654321L).then().statusCode(404);
        asAdmin().body("{}").post("/api/settlements/{id}/approve", settlement).then().statusCode(200);
    }

    @Test
    void theApplicantSeesOwnApplicationsAndAdminsSeeAll() {
        Members lab = Members.institution("入驻测试可见");
        long settlement = lab.asOwner().body(lab.settlementBody("OUHAI")).post("/api/settlements").then().statusCode(201).extract().jsonPath().getLong("id");
        lab.asOwner().get("/api/settlements/{id}", settlement).then().statusCode(200);
        lab.asOwner().get("/api/settlements").then().statusCode(200).body("items.id", contains((int) settlement));
        asStranger().get("/api/settlements/{id}", settlement).then().statusCode(403);
        asStranger().get("/api/settlements").then().statusCode(200).body("items.id", not(hasItem((int) settlement)));
        given().get("/api/settlements").then().statusCode(401);
        asAdmin().queryParam("status", "APPLIED").queryParam("size", 100).get("/api/settlements").then().statusCode(200)
                .body("items.id", hasItem((int) settlement));
        asAdmin().queryParam("status", "SOMETIMES").get("/api/settlements").then().statusCode(400);
    }
}
