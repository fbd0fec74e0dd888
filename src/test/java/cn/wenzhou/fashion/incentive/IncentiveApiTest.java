package cn.wenzhou.fashion.incentive;

import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asSecondAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asStranger;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.PolicyApplicationStatus;
import cn.wenzhou.fashion.testsupport.Concurrently;
import cn.wenzhou.fashion.testsupport.Members;
import cn.wenzhou.fashion.testsupport.Parties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class IncentiveApiTest {

    /** This year in Wenzhou: the budget year applications draw on. */
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    /** Records the decisions fired, as a notifier would observe them. */
    @Singleton
    static class DecisionsHeard {
        static final List<IncentiveDecided> HEARD = Collections.synchronizedList(new ArrayList<>());

        void heard(@Observes IncentiveDecided decided) {
            HEARD.add(decided);
        }
    }

    /** A policy open from 2020 to 2099 with a budget for this year; {@code rule} holds the amount rule's fields. */
    private static String policy(String kind, String rule, String eligibility, String budget) {
        return """
                {"kind":"%s","titleZh":"测试政策","titleEn":"Test policy","textZh":"政策正文","textEn":"Policy text",
                 %s, %s,"opensOn":"2020-01-01","closesOn":"2099-12-31","budgets":[{"year":%d,"amount":%s}]}"""
                .formatted(kind, rule, eligibility, YEAR, budget);
    }

    private static final String SETTLED_DESIGNERS = "\"settledOnly\":true,\"designers\":true,\"institutionTypes\":[]";

    private static long published(String body) {
        long id = asAdmin().body(body).post("/api/policies").then().statusCode(201).body("published", equalTo(false))
                .extract().jsonPath().getLong("id");
        asAdmin().post("/api/policies/{id}/publish", id).then().statusCode(200).body("published", equalTo(true));
        return id;
    }

    private static io.restassured.response.Response apply(Members member, long policy, String declaredCost) {
        return member.asOwner().body("""
                {"policyId":%d,"profileKind":"%s","profileId":%d,"declaredCost":%s,"documentReferences":["租赁合同 HT-2026-07"]}"""
                .formatted(policy, member.kind(), member.id(), declaredCost)).post("/api/policy-applications");
    }

    private static long applied(Members member, long policy, String declaredCost) {
        return apply(member, policy, declaredCost).then().statusCode(201).body("status", equalTo("APPLIED")).extract().jsonPath().getLong("id");
    }

    private static Members settledDesigner(String name) {
        Members designer = Members.designer(name, "OUHAI");
        designer.settled();
        return designer;
    }

    @Test
    void aRentSubsidyIsProposedApprovedByASecondAdminAndDisbursedWithinTheBudget() {
        long policy = published(policy("RENT_SUBSIDY", "\"amountRule\":\"SHARE_OF_COST\",\"costShare\":0.5,\"capPerApplicantYear\":30000",
                SETTLED_DESIGNERS, "100000"));
        Members designer = settledDesigner("补贴测试设计师");
        long application = applied(designer, policy, "40000.11");

        asAdmin().body("{}").post("/api/policy-applications/{id}/approve", application).then().statusCode(409); // nothing proposed yet
        asAdmin().body("{\"reason\":\"租金发票核对\"}").post("/api/policy-applications/{id}/proposal", application).then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("proposedAmount", equalTo(20000.05f)).body("proposedBy", equalTo(Parties.ADMIN_USER));
        asAdmin().body("{}").post("/api/policy-applications/{id}/approve", application).then().statusCode(403).contentType("application/problem+json");
        JsonPath approved = asSecondAdmin().body("{\"reason\":\"同意\"}").post("/api/policy-applications/{id}/approve", application).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo(Parties.SECOND_ADMIN_USER)).extract().jsonPath();
        assertThat(approved.getString("grantedAmount")).isEqualTo("20000.05");
        JsonPath budget = given().get("/api/policies/{id}", policy).then().statusCode(200).extract().jsonPath();
        assertThat(budget.getString("budgets[0].granted")).isEqualTo("20000.05");
        assertThat(budget.getString("budgets[0].left")).isEqualTo("79999.95");

        asSecondAdmin().body("{\"amount\":20000.06,\"reference\":\"财政支付 2026-118\"}").post("/api/policy-applications/{id}/disbursement", application)
                .then().statusCode(400).body("errors[0].field", equalTo("amount"));
        asSecondAdmin().body("{\"amount\":20000.05,\"reference\":\"财政支付 2026-118\"}").post("/api/policy-applications/{id}/disbursement", application)
                .then().statusCode(200).body("status", equalTo("DISBURSED")).body("disbursementReference", equalTo("财政支付 2026-118"));
        asAdmin().queryParam("recordKind", "policy-application").queryParam("recordId", application).get("/api/admin/audit").then().statusCode(200)
                .body("items.action", contains("POLICY_DISBURSED", "POLICY_APPLICATION_APPROVED", "POLICY_AMOUNT_PROPOSED"));
        assertThat(DecisionsHeard.HEARD.stream().filter(d -> d.applicationId() == application).map(IncentiveDecided::status))
                .containsExactly(PolicyApplicationStatus.PROPOSED, PolicyApplicationStatus.APPROVED, PolicyApplicationStatus.DISBURSED);
        // The applicant hears of the approval and the payment (the first admin's proposal is internal).
        designer.asOwner().queryParam("size", 100).get("/api/notifications").then().statusCode(200)
                .body("items.findAll { it.recordType == 'policy-application' }.detail", contains("DISBURSED: 20000.05 CNY", "APPROVED: 20000.05 CNY"))
                .body("items.findAll { it.recordType == 'policy-application' }.link",
                        contains("/api/policy-applications/" + application, "/api/policy-applications/" + application));
    }

    @Test
    void concurrentApprovalsNeverTakeAPolicyOverItsYearsBudget() throws Exception {
        long policy = published(policy("TALENT_AWARD", "\"amountRule\":\"FIXED\",\"fixedAmount\":20000,\"capPerApplicantYear\":20000",
                SETTLED_DESIGNERS, "50000"));
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long application = applied(settledDesigner("并发测试设计师" + i), policy, "null");
            asAdmin().body("{}").post("/api/policy-applications/{id}/proposal", application).then().statusCode(200);
            applications.add(application);
        }
        List<Callable<Integer>> approvals = applications.stream().<Callable<Integer>>map(id -> () -> asSecondAdmin().body("{}")
                .post("/api/policy-applications/{id}/approve", id).then().extract().statusCode()).toList();
        List<Integer> statuses = Concurrently.run(approvals);

        assertThat(statuses).containsExactlyInAnyOrder(200, 200, 409, 409);
        JsonPath budget = given().get("/api/policies/{id}", policy).then().statusCode(200).extract().jsonPath();
        assertThat(budget.getString("budgets[0].granted")).isEqualTo("40000.0");
        assertThat(budget.getString("budgets[0].left")).isEqualTo("10000.0");
    }

    @Test
    void anApplicantGetsNoMoreThanTheCapPerYear() {
        long policy = published(policy("RD_FUNDING", "\"amountRule\":\"FIXED\",\"fixedAmount\":8000,\"capPerApplicantYear\":10000",
                SETTLED_DESIGNERS, "100000"));
        Members designer = settledDesigner("封顶测试设计师");
        long first = applied(designer, policy, "null");
        asAdmin().body("{}").post("/api/policy-applications/{id}/proposal", first).then().statusCode(200).body("proposedAmount", equalTo(8000.0f));
        asSecondAdmin().body("{}").post("/api/policy-applications/{id}/approve", first).then().statusCode(200);
        long second = applied(designer, policy, "null");
        asAdmin().body("{\"amount\":2000.01}").post("/api/policy-applications/{id}/proposal", second).then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        asAdmin().body("{}").post("/api/policy-applications/{id}/proposal", second).then().statusCode(200).body("proposedAmount", equalTo(2000.0f));
        asSecondAdmin().body("{}").post("/api/policy-applications/{id}/approve", second).then().statusCode(200);
        apply(designer, policy, "null").then().statusCode(409); // the cap is reached
    }

    @Test
    void badPoliciesAreProblemsNamingTheirFields() {
        asAdmin().body(policy("RENT_SUBSIDY", "\"amountRule\":\"FIXED\",\"capPerApplicantYear\":1000", "\"settledOnly\":true,\"designers\":false", "1000"))
                .post("/api/policies").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("fixedAmount", "institutionTypes"));
        asAdmin().body(policy("TAX_RELIEF", "\"amountRule\":\"SHARE_OF_COST\",\"costShare\":1.5,\"capPerApplicantYear\":0", SETTLED_DESIGNERS, "-1"))
                .post("/api/policies").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("costShare", "capPerApplicantYear", "budgets[0].amount"));
        asAdmin().body(policy("TAX_RELIEF", "\"amountRule\":\"FIXED\",\"fixedAmount\":5000,\"capPerApplicantYear\":4000", SETTLED_DESIGNERS, "1000")
                .replace("\"closesOn\":\"2099-12-31\"", "\"closesOn\":\"2019-12-31\"")).post("/api/policies").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("fixedAmount", "closesOn"));
        asAdmin().body(policy("NO_SUCH_KIND", "\"amountRule\":\"FIXED\",\"fixedAmount\":5000,\"capPerApplicantYear\":5000", SETTLED_DESIGNERS, "1000"))
                .post("/api/policies").then().statusCode(400);
        asAdmin().body(policy("TAX_RELIEF", "\"amountRule\":\"FIXED\",\"fixedAmount\":5000,\"capPerApplicantYear\":5000", SETTLED_DESIGNERS, "1000")
                .replace("\"budgets\":[", "\"budgets\":[{\"year\":%d,\"amount\":5},".formatted(YEAR))).post("/api/policies").then().statusCode(400)
                .body("errors[0].field", equalTo("budgets"));
    }

    @Test
    void onlyAdminsPublishAndThePublicSeesPublishedPoliciesOnly() {
        String body = policy("TALENT_AWARD", "\"amountRule\":\"FIXED\",\"fixedAmount\":5000,\"capPerApplicantYear\":5000", SETTLED_DESIGNERS, "50000");
        asStranger().body(body).post("/api/policies").then().statusCode(403);
        given().contentType("application/json").body(body).post("/api/policies").then().statusCode(401);
        long draft = asAdmin().body(body).post("/api/policies").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/policies/{id}", draft).then().statusCode(404);
        given().queryParam("size", 100).get("/api/policies").then().statusCode(200).body("items.id", not(hasItem((int) draft)));
        asAdmin().queryParam("size", 100).get("/api/policies").then().statusCode(200).body("items.id", hasItem((int) draft));
        Members designer = settledDesigner("草稿测试设计师");
        apply(designer, draft, "null").then().statusCode(400).body("errors[0].field", equalTo("policyId"));
        asStranger().post("/api/policies/{id}/publish", draft).then().statusCode(403);
        asAdmin().post("/api/policies/{id}/publish", draft).then().statusCode(200);
        asAdmin().post("/api/policies/{id}/publish", draft).then().statusCode(409);
        given().get("/api/policies/{id}", draft).then().statusCode(200).body("titleEn", equalTo("Test policy"));
        given().queryParam("kind", "TALENT_AWARD").queryParam("size", 100).get("/api/policies").then().statusCode(200).body("items.id", hasItem((int) draft));
    }

    @Test
    void onlyOwnersOfEligibleProfilesApply() {
        long forLabsInOuhai = published(policy("RENT_SUBSIDY", "\"amountRule\":\"FIXED\",\"fixedAmount\":5000,\"capPerApplicantYear\":5000",
                "\"settledOnly\":false,\"designers\":false,\"institutionTypes\":[\"TESTING_LAB\"],\"districts\":[\"OUHAI\"]", "50000"));
        long forSettledDesigners = published(policy("RD_FUNDING", "\"amountRule\":\"SHARE_OF_COST\",\"costShare\":0.3,\"capPerApplicantYear\":5000",
                SETTLED_DESIGNERS, "50000"));
        Members labInLucheng = Members.institution("资格测试检测所");
        Members unsettled = Members.designer("资格测试未入驻设计师", "OUHAI");
        Members settled = settledDesigner("资格测试已入驻设计师");

        apply(labInLucheng, forLabsInOuhai, "null").then().statusCode(403); // the lab is in Lucheng
        apply(settled, forLabsInOuhai, "null").then().statusCode(403); // not for designers
        apply(unsettled, forSettledDesigners, "1000").then().statusCode(403); // settled members only
        apply(settled, forSettledDesigners, "null").then().statusCode(400).body("errors[0].field", equalTo("declaredCost"));
        asStranger().body("""
                {"policyId":%d,"profileKind":"designer","profileId":%d,"declaredCost":1000}""".formatted(forSettledDesigners, settled.id()))
                .post("/api/policy-applications").then().statusCode(403);
        long application = applied(settled, forSettledDesigners, "1000");
        apply(settled, forSettledDesigners, "1000").then().statusCode(409); // one undecided application at a time

        settled.asOwner().get("/api/policy-applications/{id}", application).then().statusCode(200).body("profileName", equalTo("资格测试已入驻设计师"));
        settled.asOwner().get("/api/policy-applications").then().statusCode(200).body("items.id", contains((int) application));
        asStranger().get("/api/policy-applications/{id}", application).then().statusCode(403);
        asStranger().get("/api/policy-applications").then().statusCode(200).body("items.id", not(hasItem((int) application)));
        asAdmin().queryParam("policyId", forSettledDesigners).get("/api/policy-applications").then().statusCode(200)
                .body("items.id", contains((int) application));
        settled.asOwner().body("{}").post("/api/policy-applications/{id}/proposal", application).then().statusCode(403);
        asAdmin().body("{}").post("/api/policy-applications/{id}/reject", application).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        asAdmin().body("{\"reason\":\"材料不全\"}").post("/api/policy-applications/{id}/reject", application).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    @Test
    void aBudgetIsNeverSetBelowWhatWasGrantedAndAStaleReplaceIsRefused() {
        String body = policy("TALENT_AWARD", "\"amountRule\":\"FIXED\",\"fixedAmount\":6000,\"capPerApplicantYear\":6000", SETTLED_DESIGNERS, "10000");
        long policy = published(body);
        long application = applied(settledDesigner("预算测试设计师"), policy, "null");
        asAdmin().body("{}").post("/api/policy-applications/{id}/proposal", application).then().statusCode(200);
        asSecondAdmin().body("{}").post("/api/policy-applications/{id}/approve", application).then().statusCode(200);
        long version = asAdmin().get("/api/policies/{id}", policy).then().extract().jsonPath().getLong("version");

        asAdmin().body(body.replace("\"amount\":10000", "\"amount\":5999.99").replace("}]}", "}],\"version\":%d}".formatted(version)))
                .put("/api/policies/{id}", policy).then().statusCode(400).body("errors[0].field", equalTo("budgets[0].amount"));
        asAdmin().body(body.replace("\"amount\":10000", "\"amount\":20000").replace("}]}", "}],\"version\":%d}".formatted(version - 1)))
                .put("/api/policies/{id}", policy).then().statusCode(409);
        JsonPath replaced = asAdmin().body(body.replace("\"amount\":10000", "\"amount\":20000").replace("}]}", "}],\"version\":%d}".formatted(version)))
                .put("/api/policies/{id}", policy).then().statusCode(200).extract().jsonPath();
        assertThat(replaced.getString("budgets[0].granted")).isEqualTo("6000.0");
        assertThat(replaced.getString("budgets[0].left")).isEqualTo("14000.0");
    }

    @Test
    void aClosedPolicyTakesNoApplications() {
        long closed = published(policy("TAX_RELIEF", "\"amountRule\":\"FIXED\",\"fixedAmount\":5000,\"capPerApplicantYear\":5000", SETTLED_DESIGNERS, "50000")
                .replace("\"closesOn\":\"2099-12-31\"", "\"closesOn\":\"2020-12-31\""));
        apply(settledDesigner("关闭测试设计师"), closed, "null").then().statusCode(409);
    }
}
