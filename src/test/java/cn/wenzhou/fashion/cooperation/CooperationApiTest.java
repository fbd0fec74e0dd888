package cn.wenzhou.fashion.cooperation;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static cn.wenzhou.fashion.testsupport.Parties.asStranger;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.wenzhou.fashion.domain.Cooperation;
import cn.wenzhou.fashion.domain.CooperationRepository;
import cn.wenzhou.fashion.domain.CooperationStatus;
import cn.wenzhou.fashion.domain.ProfileRef;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.testsupport.ActingAs;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CooperationApiTest {

    /** The actions of the workflow, each with the side that may take it, in the order of the happy path. */
    /** The state machine as the README states it, written out: what each state may become. */
    private static final Map<CooperationStatus, Set<CooperationStatus>> ALLOWED = Map.of(
            CooperationStatus.REQUESTED, Set.of(CooperationStatus.ACCEPTED, CooperationStatus.DECLINED, CooperationStatus.CANCELLED),
            CooperationStatus.ACCEPTED, Set.of(CooperationStatus.AGREED, CooperationStatus.CANCELLED),
            CooperationStatus.DECLINED, Set.of(),
            CooperationStatus.AGREED, Set.of(CooperationStatus.IN_PROGRESS, CooperationStatus.CANCELLED),
            CooperationStatus.IN_PROGRESS, Set.of(CooperationStatus.COMPLETED, CooperationStatus.CANCELLED),
            CooperationStatus.COMPLETED, Set.of(),
            CooperationStatus.CANCELLED, Set.of());

    enum Action {
        ACCEPT("accept", CooperationStatus.ACCEPTED, "{}"),
        DECLINE("decline", CooperationStatus.DECLINED, "{\"reason\":\"档期已满\"}"),
        AGREE("agreement", CooperationStatus.AGREED,
                "{\"type\":\"JOINT_PROJECT\",\"terms\":\"联合开发防滑鞋底\",\"startDate\":\"2025-03-01\",\"endDate\":\"2025-12-31\"}"),
        START("start", CooperationStatus.IN_PROGRESS, "{}"),
        COMPLETE("complete", CooperationStatus.COMPLETED, "{\"rating\":5,\"comment\":\"很专业\"}"),
        CANCEL("cancel", CooperationStatus.CANCELLED, "{\"reason\":\"需求变更\"}");

        final String path;
        final CooperationStatus to;
        final String body;

        Action(String path, CooperationStatus to, String body) {
            this.path = path;
            this.to = to;
            this.body = body;
        }
    }

    @Inject
    CooperationService service;

    @Inject
    EntityManager em;

    @Inject
    CooperationRepository cooperations;

    private static io.restassured.response.Response act(RequestSpecification as, long id, Action action) {
        return as.body(action.body).when().post("/api/cooperations/{id}/" + action.path, id);
    }

    /**
     * The action as the parties take it: {@code as} (the partner) takes it; the enterprise then confirms the
     * proposed terms, or confirms the completion too. The last response, or the first refusal.
     */
    private static io.restassured.response.Response actAsParties(Parties parties, RequestSpecification as, long id, Action action) {
        var first = act(as, id, action);
        if (first.statusCode() != 200) {
            return first;
        }
        return switch (action) {
            case AGREE -> parties.asEnterprise().body("{\"termsVersion\":" + first.path("termsVersion") + "}")
                    .when().post("/api/cooperations/{id}/agreement/confirmation", id);
            case COMPLETE -> act(parties.asEnterprise(), id, action);
            default -> first;
        };
    }

    /** A fresh cooperation brought to {@code status} by the parties. */
    private static long cooperationIn(Parties parties, CooperationStatus status) {
        long id = parties.request();
        List<Action> path = switch (status) {
            case REQUESTED -> List.of();
            case ACCEPTED -> List.of(Action.ACCEPT);
            case DECLINED -> List.of(Action.DECLINE);
            case AGREED -> List.of(Action.ACCEPT, Action.AGREE);
            case IN_PROGRESS -> List.of(Action.ACCEPT, Action.AGREE, Action.START);
            case COMPLETED -> List.of(Action.ACCEPT, Action.AGREE, Action.START, Action.COMPLETE);
            case CANCELLED -> List.of(Action.CANCEL);
        };
        for (Action action : path) {
            actAsParties(parties, parties.asPartner(), id, action).then().statusCode(200);
        }
        return id;
    }

    @Test
    void happyPathKeepsEveryChangeInTheAuditTrail() {
        Parties parties = Parties.withInstitution(unique("审计"));
        long id = parties.request();
        parties.asEnterprise().when().get("/api/cooperations/{id}", id).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("partnerContact", nullValue()).body("enterpriseContact", nullValue());
        act(parties.asPartner(), id, Action.ACCEPT).then().statusCode(200)
                .body("partnerContact.person", equalTo("张工")).body("enterpriseContact.person", equalTo("李总"));
        act(parties.asEnterprise(), id, Action.AGREE).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("agreementType", equalTo("JOINT_PROJECT")).body("startDate", equalTo("2025-03-01"))
                .body("termsVersion", equalTo(1)).body("proposedBy", equalTo("ENTERPRISE"));
        parties.asPartner().body("{\"termsVersion\":1}").when().post("/api/cooperations/{id}/agreement/confirmation", id).then().statusCode(200)
                .body("status", equalTo("AGREED"));
        act(parties.asPartner(), id, Action.START).then().statusCode(200);
        act(parties.asEnterprise(), id, Action.COMPLETE).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("completionConfirmedBy", equalTo("ENTERPRISE")).body("enterpriseRating", equalTo(5)).body("partnerRating", nullValue());
        var done = parties.asPartner().body("{\"rating\":4,\"comment\":\"付款及时\"}").when().post("/api/cooperations/{id}/complete", id)
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("partnerRating", equalTo(4))
                .body("partnerComment", equalTo("付款及时")).extract().jsonPath();

        assertThat(done.getList("history.to"))
                .containsExactly("REQUESTED", "ACCEPTED", "ACCEPTED", "AGREED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED");
        assertThat(done.getList("history.from"))
                .containsExactly(null, "REQUESTED", "ACCEPTED", "ACCEPTED", "AGREED", "IN_PROGRESS", "IN_PROGRESS");
        String enterpriseUser = parties.enterpriseUser();
        String partnerUser = parties.partnerUser();
        assertThat(done.getList("history.actor"))
                .containsExactly(enterpriseUser, partnerUser, enterpriseUser, partnerUser, partnerUser, enterpriseUser, partnerUser);
        assertThat(done.getList("history.at")).doesNotContainNull();
    }

    @Test
    void bothSidesConfirmTheTermsTheOtherProposedAndChangedTermsNeedANewConfirmation() {
        Parties parties = Parties.withInstitution(unique("确认"));
        long id = cooperationIn(parties, CooperationStatus.ACCEPTED);
        String confirmation = "/api/cooperations/{id}/agreement/confirmation";
        act(parties.asEnterprise(), id, Action.AGREE).then().statusCode(200).body("termsVersion", equalTo(1));
        parties.asEnterprise().body("{\"termsVersion\":1}").when().post(confirmation, id).then().statusCode(403);
        asStranger().body("{\"termsVersion\":1}").when().post(confirmation, id).then().statusCode(403);

        parties.asPartner().body("{\"type\":\"JOINT_PROJECT\",\"terms\":\"检测费用减半\",\"startDate\":\"2025-03-01\",\"endDate\":\"2025-12-31\"}")
                .when().post("/api/cooperations/{id}/agreement", id).then().statusCode(200)
                .body("termsVersion", equalTo(2)).body("proposedBy", equalTo("PARTNER")).body("status", equalTo("ACCEPTED"));
        parties.asEnterprise().body("{\"termsVersion\":1}").when().post(confirmation, id).then().statusCode(409)
                .body("detail", containsString("version 2"));
        parties.asPartner().body("{\"termsVersion\":2}").when().post(confirmation, id).then().statusCode(403);
        parties.asEnterprise().body("{\"termsVersion\":2}").when().post(confirmation, id).then().statusCode(200)
                .body("status", equalTo("AGREED")).body("terms", equalTo("检测费用减半"));
        parties.asEnterprise().body("{\"termsVersion\":2}").when().post(confirmation, id).then().statusCode(409);
    }

    @Test
    void termsLeftUnconfirmedForFourteenDaysExpire() {
        Parties parties = Parties.withInstitution(unique("过期"));
        long id = cooperationIn(parties, CooperationStatus.ACCEPTED);
        act(parties.asEnterprise(), id, Action.AGREE).then().statusCode(200).body("termsVersion", equalTo(1));
        QuarkusTransaction.requiringNew().run(() ->
                em.find(Cooperation.class, id).proposedAt = Instant.now().minus(Duration.ofDays(14)).minusSeconds(60));

        parties.asPartner().body("{\"termsVersion\":1}").when().post("/api/cooperations/{id}/agreement/confirmation", id)
                .then().statusCode(409).body("detail", containsString("expired"));
        act(parties.asEnterprise(), id, Action.AGREE).then().statusCode(200).body("termsVersion", equalTo(2));
        parties.asPartner().body("{\"termsVersion\":2}").when().post("/api/cooperations/{id}/agreement/confirmation", id)
                .then().statusCode(200).body("status", equalTo("AGREED"));
    }

    @Test
    void completionNeedsBothSidesAndEachSideConfirmsOnce() {
        Parties parties = Parties.withInstitution(unique("双方完成"));
        long id = cooperationIn(parties, CooperationStatus.IN_PROGRESS);
        act(parties.asPartner(), id, Action.COMPLETE).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("completionConfirmedBy", equalTo("PARTNER"));
        act(parties.asPartner(), id, Action.COMPLETE).then().statusCode(409);
        act(asStranger(), id, Action.COMPLETE).then().statusCode(403);
        act(parties.asEnterprise(), id, Action.COMPLETE).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("completedAt", notNullValue());
    }

    @Test
    void anAdminResolvesAStuckCooperationWithAReason() {
        Parties parties = Parties.withInstitution(unique("裁决"));
        long id = cooperationIn(parties, CooperationStatus.IN_PROGRESS);
        act(parties.asEnterprise(), id, Action.COMPLETE).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        String resolution = "/api/cooperations/{id}/resolution";
        parties.asEnterprise().body("{\"status\":\"COMPLETED\",\"reason\":\"对方失联\"}").when().post(resolution, id).then().statusCode(403);
        asAdmin().body("{\"status\":\"COMPLETED\"}").when().post(resolution, id).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        asAdmin().body("{\"status\":\"AGREED\",\"reason\":\"回退\"}").when().post(resolution, id).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        asAdmin().body("{\"status\":\"COMPLETED\",\"reason\":\"服务机构失联三十天，企业已确认交付\"}").when().post(resolution, id)
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        asAdmin().body("{\"status\":\"CANCELLED\",\"reason\":\"再改\"}").when().post(resolution, id).then().statusCode(409);
        asAdmin().queryParam("recordKind", "cooperation").queryParam("recordId", id).when().get("/api/admin/audit").then().statusCode(200)
                .body("items.action", contains("COOPERATION_RESOLVED"))
                .body("items[0].detail", equalTo("IN_PROGRESS → COMPLETED"))
                .body("items[0].reason", equalTo("服务机构失联三十天，企业已确认交付"));
    }

    @ParameterizedTest
    @EnumSource(CooperationStatus.class)
    void everyTransitionIsAllowedOrRefusedAsTheStateMachineSays(CooperationStatus from) {
        Parties parties = Parties.withInstitution(unique("状态"));
        for (Action action : Action.values()) {
            long id = cooperationIn(parties, from);
            var response = actAsParties(parties, parties.asPartner(), id, action);
            if (ALLOWED.get(from).contains(action.to)) {
                response.then().statusCode(200).body("status", equalTo(action.to.name()));
            } else {
                response.then().statusCode(409).contentType("application/problem+json")
                        .body("status", equalTo(409));
                parties.asPartner().when().get("/api/cooperations/{id}", id).then().body("status", equalTo(from.name()));
            }
            if (ALLOWED.get(from).contains(CooperationStatus.CANCELLED)) {
                act(parties.asPartner(), id, Action.CANCEL); // frees the need and partner for the next request
            }
        }
        assertThat(from.next()).containsExactlyInAnyOrderElementsOf(ALLOWED.get(from));
    }

    @Test
    void onlyThePartnerAcceptsOrDeclines() {
        Parties parties = Parties.withInstitution(unique("权限"));
        long id = parties.request();
        act(parties.asEnterprise(), id, Action.ACCEPT).then().statusCode(403).contentType("application/problem+json");
        act(asAdmin(), id, Action.DECLINE).then().statusCode(403);
        act(asStranger(), id, Action.ACCEPT).then().statusCode(403);
        act(parties.asPartner(), id, Action.DECLINE).then().statusCode(200).body("status", equalTo("DECLINED"));
    }

    @Test
    void onlyThePartiesAndAdminsSeeACooperation() {
        Parties parties = Parties.withInstitution(unique("可见"));
        long id = parties.request();
        parties.asEnterprise().when().get("/api/cooperations/{id}", id).then().statusCode(200);
        parties.asPartner().when().get("/api/cooperations/{id}", id).then().statusCode(200);
        asAdmin().when().get("/api/cooperations/{id}", id).then().statusCode(200);
        asStranger().when().get("/api/cooperations/{id}", id).then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/cooperations/{id}", id).then().statusCode(401);
        // A signed-in user without any role or profile is no party.
        Parties.as(Tokens.of("nobody")).when().get("/api/cooperations/{id}", id).then().statusCode(403);

        assertThat(parties.asEnterprise().when().get("/api/cooperations").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class))
                .contains(id);
        assertThat(asStranger().when().get("/api/cooperations").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class))
                .doesNotContain(id);
        assertThat(asAdmin().queryParam("status", "REQUESTED").when().get("/api/cooperations").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class)).contains(id);
    }

    @Test
    void onlyTheOwnerOfTheNeedsEnterpriseRequests() {
        Parties parties = Parties.withInstitution(unique("请求"));
        asStranger().body(Map.of("needId", parties.needId(), "partnerKind", "institution", "partnerId", parties.partnerId()))
                .when().post("/api/cooperations").then().statusCode(403);
        parties.asEnterprise().body(Map.of("needId", parties.needId(), "partnerKind", "institution", "partnerId", 987654321))
                .when().post("/api/cooperations").then().statusCode(400).body("errors[0].field", equalTo("partnerId"));
        parties.asEnterprise().body(Map.of("needId", parties.needId(), "partnerKind", "robot", "partnerId", parties.partnerId()))
                .when().post("/api/cooperations").then().statusCode(400).body("errors.field", hasItem("partnerKind"));
        parties.request();
        parties.asEnterprise().body(Map.of("needId", parties.needId(), "partnerKind", "institution", "partnerId", parties.partnerId()))
                .when().post("/api/cooperations").then().statusCode(409);
    }

    @Test
    void badAgreementAndRatingNameTheirFields() {
        Parties parties = Parties.withInstitution(unique("字段"));
        long id = cooperationIn(parties, CooperationStatus.ACCEPTED);
        parties.asEnterprise().body("{\"type\":\"JOINT_PROJECT\",\"terms\":\"x\",\"startDate\":\"2025-03-01\",\"endDate\":\"2025-01-01\"}")
                .when().post("/api/cooperations/{id}/agreement", id).then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        parties.asEnterprise().body("{\"type\":\"MERGER\",\"terms\":\"x\",\"startDate\":\"2025-03-01\",\"endDate\":\"2025-04-01\"}")
                .when().post("/api/cooperations/{id}/agreement", id).then().statusCode(400).body("errors[0].field", equalTo("type"));
        actAsParties(parties, parties.asPartner(), id, Action.AGREE).then().statusCode(200);
        act(parties.asEnterprise(), id, Action.START).then().statusCode(200);
        parties.asEnterprise().body("{\"rating\":6}").when().post("/api/cooperations/{id}/complete", id)
                .then().statusCode(400).body("errors[0].field", equalTo("rating"));
        parties.asEnterprise().when().get("/api/cooperations/{id}", id).then().body("status", equalTo("IN_PROGRESS"));
        act(parties.asEnterprise(), id, Action.COMPLETE).then().statusCode(200);
        parties.asEnterprise().body("{\"rating\":3}").when().post("/api/cooperations/{id}/rating", id).then().statusCode(409);
    }

    @Test
    void contactDetailsOpenToTheCounterpartyOnceAccepted() {
        Parties parties = Parties.withInstitution(unique("联系"));
        Set<ProfileRef> enterprise = Set.of(new ProfileRef(RecordKind.ENTERPRISE, parties.enterpriseId()));
        Set<ProfileRef> partner = Set.of(new ProfileRef(RecordKind.INSTITUTION, parties.partnerId()));
        long id = parties.request();
        assertThat(counterparts(enterprise, RecordKind.INSTITUTION, parties.partnerId())).isEmpty();
        parties.asEnterprise().when().get("/api/institutions/{id}", parties.partnerId()).then().statusCode(200).body("contact", nullValue());
        act(parties.asPartner(), id, Action.ACCEPT).then().statusCode(200);
        // The profiles themselves now show each side the other's contact details, and nobody else.
        parties.asEnterprise().when().get("/api/institutions/{id}", parties.partnerId()).then().statusCode(200)
                .body("contact.person", equalTo("张工"));
        parties.asPartner().when().get("/api/enterprises/{id}", parties.enterpriseId()).then().statusCode(200)
                .body("contact.person", equalTo("李总"));
        asStranger().when().get("/api/enterprises/{id}", parties.enterpriseId()).then().statusCode(200).body("contact", nullValue());
        assertThat(counterparts(enterprise, RecordKind.INSTITUTION, parties.partnerId())).containsExactly(parties.partnerId());
        assertThat(counterparts(partner, RecordKind.ENTERPRISE, parties.enterpriseId())).containsExactly(parties.enterpriseId());
        assertThat(counterparts(partner, RecordKind.INSTITUTION, parties.partnerId())).isEmpty();
        assertThat(counterparts(Set.of(new ProfileRef(RecordKind.ENTERPRISE, 999999)), RecordKind.INSTITUTION, parties.partnerId())).isEmpty();
    }

    private Set<Long> counterparts(Set<ProfileRef> of, RecordKind kind, long id) {
        return QuarkusTransaction.requiringNew().call(() -> cooperations.acceptedCounterparts(of, kind, List.of(id)));
    }

    @Test
    void aChangeFromAStaleCopyLosesWithAConflict() throws Exception {
        Parties parties = Parties.withInstitution(unique("并发"));
        long id = parties.request();
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch otherCommitted = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // This transaction reads the cooperation, then another one accepts it and commits, then this one declines.
            Future<?> stale = pool.submit(() -> ActingAs.run(parties.partnerUser(), "institution", () -> QuarkusTransaction.requiringNew().run(() -> {
                assertThat(em.find(Cooperation.class, id).status).isEqualTo(CooperationStatus.REQUESTED);
                read.countDown();
                await(otherCommitted);
                service.decline(id, new DeclineInput(null, "太忙"));
            })));
            await(read);
            act(parties.asPartner(), id, Action.ACCEPT).then().statusCode(200);
            otherCommitted.countDown();
            assertThatThrownBy(stale::get).hasCauseInstanceOf(OptimisticLockException.class);
        } finally {
            pool.shutdownNow();
        }
        var after = parties.asPartner().when().get("/api/cooperations/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("status")).isEqualTo("ACCEPTED");
        assertThat(after.getList("history.to")).containsExactly("REQUESTED", "ACCEPTED");
    }

    @Test
    void twoConcurrentConflictingRequestsEndWithOneWinnerAndOneConflict() throws Exception {
        Parties parties = Parties.withInstitution(unique("竞争"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = parties.request();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> outcomes = new ArrayList<>();
                for (Action action : List.of(Action.ACCEPT, Action.DECLINE)) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return act(parties.asPartner(), id, action).then().extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> outcome : outcomes) {
                    statuses.add(outcome.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                var after = parties.asPartner().when().get("/api/cooperations/{id}", id).then().extract().jsonPath();
                String winner = statuses.get(0) == 200 ? "ACCEPTED" : "DECLINED";
                assertThat(after.getString("status")).isEqualTo(winner);
                assertThat(after.getList("history.to")).containsExactly("REQUESTED", winner);
                if (winner.equals("ACCEPTED")) {
                    act(parties.asPartner(), id, Action.CANCEL).then().statusCode(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void completedCooperationsFeedTheTrackRecordOfMatching() {
        String topic = unique("履约");
        Parties parties = Parties.withInstitution(topic);
        Map<String, Object> before = trackRecordFactor(parties);
        assertThat(before.get("value")).isEqualTo(0.5f);
        int version = given().when().get("/api/institutions/{id}", parties.partnerId()).then().extract().jsonPath().getInt("version");
        assertThat((String) before.get("detail")).contains("no completed cooperation");

        long id = cooperationIn(parties, CooperationStatus.IN_PROGRESS);
        act(parties.asEnterprise(), id, Action.COMPLETE).then().statusCode(200);
        assertThat(trackRecordFactor(parties).get("value")).as("one side's confirmation completes nothing").isEqualTo(0.5f);
        act(parties.asPartner(), id, Action.COMPLETE).then().statusCode(200).body("status", equalTo("COMPLETED"));

        Map<String, Object> after = trackRecordFactor(parties);
        // One completion rated 5/5: (1 - 1/3) × 0.5 + 1/3 × 1 = 0.67
        assertThat(after.get("value")).isEqualTo(0.67f);
        assertThat((String) after.get("detail")).isEqualTo("1 completed cooperation, average rating 5.0/5 from 1 rating");
        assertThat(parties.withNeed("""
                {"enterpriseId":%d,"title":"另一个需求","industries":["FOOTWEAR"]}""".formatted(parties.enterpriseId())).needId()).isPositive();
        // The counters change without a new version of the profile: its owner's next write is not refused as stale.
        given().when().get("/api/institutions/{id}", parties.partnerId()).then().statusCode(200).body("version", equalTo(version));
    }

    @Test
    void neverBothSidesRatingsBetweenPartiesOfOneOwnerStayOutOfTheTrackRecord() {
        Parties parties = Parties.withInstitution(unique("一人两边"));
        long id = cooperationIn(parties, CooperationStatus.IN_PROGRESS);
        // The partner changes hands to the enterprise's owner while the cooperation runs.
        Parties.asAdmin().body("{\"ownerId\":\"" + parties.enterpriseUser() + "\",\"reason\":\"转让\"}")
                .when().put("/api/institutions/{id}/owner", parties.partnerId()).then().statusCode(200);

        // One user on both sides confirms nothing; an admin resolves the cooperation, which then feeds no track record.
        act(parties.asEnterprise(), id, Action.COMPLETE).then().statusCode(409);
        Parties.asAdmin().body("{\"status\":\"COMPLETED\",\"reason\":\"双方已为同一所有者\"}")
                .when().post("/api/cooperations/{id}/resolution", id).then().statusCode(200).body("status", equalTo("COMPLETED"));

        Map<String, Object> after = trackRecordFactor(parties);
        assertThat(after.get("value")).isEqualTo(0.5f);
        assertThat((String) after.get("detail")).contains("no completed cooperation");
    }

    private static Map<String, Object> trackRecordFactor(Parties parties) {
        var matches = Parties.asAdmin().queryParam("limit", 100).queryParam("kind", "institution")
                .when().get("/api/needs/{id}/matches", parties.needId()).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = matches.getList("items");
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (((Number) items.get(i).get("id")).longValue() == parties.partnerId()) {
                index = i;
            }
        }
        assertThat(index).as("the partner is among the matches").isNotNegative();
        List<Map<String, Object>> factors = matches.getList("items[" + index + "].explanation.factors");
        return factors.stream().filter(f -> f.get("name").equals("trackRecord")).findFirst().orElseThrow();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
