package cn.wenzhou.fashion.robustness;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static java.util.Map.entry;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.domain.NotificationRepository;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.domain.VoucherBudget;
import cn.wenzhou.fashion.domain.WenzhouClock;
import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.ImportJobs;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The real records that bad requests aim at, each created through the API by its owner as the other tests do
 * ({@link Parties}): an approved enterprise with a verified credit code and a need; a registered voucher provider
 * with which it agreed a cooperation and applied for a voucher; a designer it requested cooperation with; an
 * institution and an enterprise that an admin entered (no owner) and a pending claim on the institution.
 * <p>
 * Requests act as the run's own admin (so that nothing it does to its admin reaches other tests), as the owner of the
 * record they aim at, or anonymously; accounts are closed with fresh users ({@link #newUser}). Every user signed in
 * once when the targets were made, so that the library's record of a sign-in is not taken for a write of a refused
 * request.
 */
final class Targets {

    private static final Duration TOKEN_LIFE = Duration.ofSeconds(200);
    private static final String DESIGNER = """
            {"name":"坏输入设计师","description":"擅长鞋楦数字化与打样","industries":["FOOTWEAR"],
             "location":{"country":"CN","province":"浙江省","city":"温州市","district":"OUHAI"}}""";
    private static final String SETTLEMENT = """
            {"profileKind":"designer","profileId":%d,"contribution":"鞋楦数字化设计服务","district":"OUHAI","spaceSquareMetres":80,"people":3}""";
    private static final String POLICY = """
            {"kind":"TALENT_AWARD","titleZh":"坏输入人才奖励","titleEn":"Bad-input award","textZh":"正文","textEn":"Text","settledOnly":false,
             "designers":true,"institutionTypes":[],"amountRule":"FIXED","fixedAmount":1000,"capPerApplicantYear":1000,
             "opensOn":"2020-01-01","closesOn":"2099-12-31","budgets":[{"year":%d,"amount":100000}]}""";
    private static final String LECTURE = """
            {"eventType":"LECTURE","titleZh":"坏输入讲座","titleEn":"Bad-input lecture","descriptionZh":"鞋履设计趋势",
             "startsAt":"%s","endsAt":"%s","district":"LUCHENG","address":"鹿城区车站大道1号",
             "organiserKind":"designer","organiserId":%d,"speakers":[{"name":"王老师"}],"capacity":30,
             "industries":["FOOTWEAR"],"topics":["鞋履设计"],"attendeeFields":["NAME"]}""";
    private static final String CLAIM = """
            {"evidenceReference":"机构证书 浙温第0012号","authorisationReference":"授权委托书 2026-11",
             "contact":{"person":"陈小姐","phone":"13800001111","email":"claim@lab.example.cn"}}""";

    final String admin = unique("bad-input-admin");
    final String enterpriseUser;
    final String institutionUser;
    final String designerUser;
    final String claimant = unique("bad-input-claimant");
    final long enterpriseId;
    final long needId;
    final long institutionId;
    final long designerId;
    final long agreedCooperationId;
    final long requestedCooperationId;
    final long voucherId;
    final long unownedInstitutionId;
    final long unownedEnterpriseId;
    final long claimId;
    final long importJobId;
    /** The designer's notification of the cooperation request, its workflow alert and that alert's unsubscribe token. */
    final long notificationId;
    final long alertId;
    final String unsubscribeToken;
    /** The designer's application to settle in, a published policy open to designers, and the designer's application for it. */
    final long settlementId;
    final long policyId;
    final long policyApplicationId;
    /** A lecture the designer organises, and the designer's calendar feed token. */
    final long eventId;
    final String feedToken;
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private Instant tokensMinted = Instant.MIN;

    static Targets create() {
        return new Targets();
    }

    private Targets() {
        roles.put(admin, Roles.ADMIN);
        roles.put(claimant, Roles.INSTITUTION);
        Parties parties = Parties.withInstitution(unique("坏输入")).verified();
        Parties withDesigner = parties.withPartner("designer", DESIGNER);
        enterpriseUser = parties.enterpriseUser();
        institutionUser = parties.partnerUser();
        designerUser = withDesigner.partnerUser();
        roles.put(enterpriseUser, Roles.ENTERPRISE);
        roles.put(institutionUser, Roles.INSTITUTION);
        roles.put(designerUser, Roles.DESIGNER);
        enterpriseId = parties.enterpriseId();
        needId = parties.needId();
        institutionId = parties.partnerId();
        designerId = withDesigner.partnerId();
        agreedCooperationId = parties.request();
        parties.agree(agreedCooperationId);
        voucherId = parties.asEnterprise().body("{\"cooperationId\":%d,\"category\":\"TESTING_CERTIFICATION\",\"amount\":1000}"
                .formatted(agreedCooperationId)).post("/api/vouchers").then().statusCode(201).extract().jsonPath().getLong("id");
        requestedCooperationId = withDesigner.request();
        unownedInstitutionId = asAdmin().body(Fixtures.institution(unique("bad-input-inst"), "坏输入认领检测所")).post("/api/institutions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        unownedEnterpriseId = asAdmin().body(Fixtures.enterprise(unique("bad-input-ent"), Fixtures.uniqueCreditCode()))
                .post("/api/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
        claimId = Parties.as(token(claimant)).body(CLAIM).post("/api/institutions/{id}/claim", unownedInstitutionId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        importJobId = ImportJobs.finished(() -> Parties.as(token(admin)), "{\"kind\":\"institution\","
                + Fixtures.institution(unique("bad-input-imp"), "坏输入导入任务检测所").strip().substring(1).replace("\n", "") + "\n")
                .extract().jsonPath().getLong("id");
        notificationId = Parties.as(token(designerUser)).get("/api/notifications").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        alertId = Parties.as(token(designerUser)).get("/api/alerts").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        unsubscribeToken = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(NotificationRepository.class).get()
                .alert(alertId).orElseThrow().unsubscribeToken);
        settlementId = Parties.as(token(designerUser)).body(SETTLEMENT.formatted(designerId)).post("/api/settlements")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        policyId = Parties.as(token(admin)).body(POLICY.formatted(LocalDate.now(WenzhouClock.ZONE).getYear())).post("/api/policies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Parties.as(token(admin)).post("/api/policies/{id}/publish", policyId).then().statusCode(200);
        policyApplicationId = Parties.as(token(designerUser)).body("{\"policyId\":%d,\"profileKind\":\"designer\",\"profileId\":%d}"
                .formatted(policyId, designerId)).post("/api/policy-applications").then().statusCode(201).extract().jsonPath().getLong("id");
        eventId = Parties.as(token(designerUser)).body(LECTURE.formatted(LocalDateTime.now(WenzhouClock.ZONE).plusDays(7).withNano(0),
                LocalDateTime.now(WenzhouClock.ZONE).plusDays(7).plusHours(2).withNano(0), designerId)).post("/api/events")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String feed = Parties.as(token(designerUser)).post("/api/events/calendar-feed").then().statusCode(200).extract().path("url");
        feedToken = feed.substring("/api/events/feeds/".length(), feed.length() - ".ics".length());
        // The others signed in while making their records.
        signIn(admin);
    }

    /** A user of this role who owns nothing and signed in once: one to close the account of. */
    String newUser(String role) {
        String user = unique("bad-input-" + role);
        roles.put(user, role);
        signIn(user);
        return user;
    }

    String role(String user) {
        return roles.get(user);
    }

    private void signIn(String user) {
        Parties.as(token(user)).get("/api/me").then().statusCode(200).body("subject", equalTo(user));
    }

    /** A valid token of the user with the role of their kind; minted again before it could expire during a run. */
    String token(String user) {
        if (Instant.now().isAfter(tokensMinted.plus(TOKEN_LIFE))) {
            tokens.clear();
            tokensMinted = Instant.now();
        }
        return tokens.computeIfAbsent(user, u -> Tokens.of(u, roles.get(u)));
    }

    /**
     * The API path that names the same kind of record as a path of the API or of the pages: the pages' own paths
     * ({@code /needs/{id}}, {@code /workspace/cooperations/{id}/accept}, {@code /bureau/claims/{id}/approve}) become
     * the API's ({@code /api/needs/{id}}, {@code /api/cooperations/{id}/accept}, {@code /api/claims/{id}/approve}).
     */
    private static String apiPath(String path) {
        if (path.equals("/api") || path.startsWith("/api/")) {
            return path;
        }
        String page = path.replaceFirst("^/(workspace|bureau)(?=/|$)", "");
        return "/api" + page;
    }

    /**
     * The operation with all but the last of its path parameters filled in with a real value ({@code /api/voucher-budgets/
     * {year}/{area}} becomes {@code /api/voucher-budgets/2026/{area}}): the run varies one path value at a time.
     */
    ApiOperation pinned(ApiOperation operation) {
        List<ApiOperation.Parameter> inPath = new ArrayList<>(operation.in("path"));
        if (inPath.size() < 2) {
            return operation;
        }
        inPath.sort(Comparator.comparingInt(p -> operation.path().indexOf("{" + p.name() + "}")));
        String path = operation.path();
        List<ApiOperation.Parameter> parameters = new ArrayList<>(operation.parameters());
        for (ApiOperation.Parameter parameter : inPath.subList(0, inPath.size() - 1)) {
            String value = switch (parameter.name()) {
                case "year" -> String.valueOf(LocalDate.now(WenzhouClock.ZONE).getYear());
                case "profileKind" -> "designer";
                case "id" -> String.valueOf(eventId);
                default -> throw new IllegalStateException(operation.key() + ": no real value for {" + parameter.name() + "}");
            };
            path = path.replace("{" + parameter.name() + "}", value);
            parameters.remove(parameter);
        }
        return new ApiOperation(operation.method(), path, List.copyOf(parameters), operation.bodyType(), operation.bodySchema(),
                operation.statuses());
    }

    /** The real path values of an operation's path: ids of records of its kind, or subjects of users. */
    List<String> realPathValues(ApiOperation operation) {
        String path = apiPath(operation.path());
        if (path.startsWith("/api/admin/users/")) {
            return List.of(enterpriseUser, designerUser);
        }
        if (path.startsWith("/api/unsubscribe/")) {
            return List.of(unsubscribeToken);
        }
        if (path.startsWith("/api/events/feeds/")) {
            return List.of(feedToken);
        }
        if (path.startsWith("/api/voucher-budgets/")) {
            return List.of(VoucherBudget.CITY, "OUHAI");
        }
        List<Long> ids = path.startsWith("/api/enterprises/") ? List.of(enterpriseId, unownedEnterpriseId)
                : path.startsWith("/api/needs/") ? List.of(needId)
                : path.startsWith("/api/institutions/") || path.startsWith("/api/registry/providers/") ? List.of(institutionId, unownedInstitutionId)
                : path.startsWith("/api/designers/") || path.startsWith("/api/events/profiles/") ? List.of(designerId)
                : path.startsWith("/api/events/") ? List.of(eventId)
                : path.startsWith("/api/cooperations/") ? List.of(requestedCooperationId, agreedCooperationId)
                : path.startsWith("/api/vouchers/") ? List.of(voucherId)
                : path.startsWith("/api/claims/") ? List.of(claimId)
                : path.startsWith("/api/import/jobs/") ? List.of(importJobId)
                : path.startsWith("/api/notifications/") || path.startsWith("/api/inbox/") ? List.of(notificationId)
                : path.startsWith("/api/alerts/") ? List.of(alertId)
                : path.startsWith("/api/settlements/") || path.startsWith("/api/settling-in/settlements/") ? List.of(settlementId)
                : path.startsWith("/api/policies/") || path.startsWith("/api/settling-in/policies/") ? List.of(policyId)
                : path.startsWith("/api/policy-applications/") || path.startsWith("/api/settling-in/incentives/") ? List.of(policyApplicationId)
                : List.of();
        return ids.stream().map(String::valueOf).toList();
    }

    /** An id of a real record of another kind than the path's, which its path does not know. */
    String otherKindsId(String path) {
        return String.valueOf(apiPath(path).startsWith("/api/needs/") ? voucherId : needId);
    }

    /**
     * The user who owns the record a request aims at, or takes part in it; {@code turn} picks one of the two sides of
     * a cooperation or a voucher. Without a record in the path, the user whose kind the path is about.
     */
    String owner(ApiOperation operation, String pathValue, int turn) {
        String path = apiPath(operation.path());
        boolean otherSide = turn % 2 == 1;
        if (path.startsWith("/api/cooperations/") && pathValue != null) {
            String partner = pathValue.equals(String.valueOf(requestedCooperationId)) ? designerUser : institutionUser;
            return otherSide ? partner : enterpriseUser;
        }
        if (path.startsWith("/api/vouchers/")) {
            return otherSide ? institutionUser : enterpriseUser;
        }
        if (path.startsWith("/api/institutions")) {
            return String.valueOf(unownedInstitutionId).equals(pathValue) ? claimant : institutionUser;
        }
        if (path.startsWith("/api/designers") || path.startsWith("/api/settlements") || path.startsWith("/api/policy-applications")
                || path.startsWith("/api/settling-in")) {
            return designerUser;
        }
        if (path.startsWith("/api/claims")) {
            return claimant;
        }
        if (path.startsWith("/api/notifications") || path.startsWith("/api/inbox") || path.startsWith("/api/alerts")) {
            return designerUser;
        }
        return enterpriseUser;
    }

    /** Valid values of the body fields that name records or users, by field name. */
    Map<String, Object> validFieldValues() {
        return Map.ofEntries(entry("needId", needId), entry("partnerId", designerId), entry("cooperationId", agreedCooperationId),
                entry("enterpriseId", enterpriseId), entry("duplicateId", unownedEnterpriseId), entry("institutionId", institutionId),
                entry("ownerId", claimant), entry("partnerKind", "designer"), entry("category", "TESTING_CERTIFICATION"), entry("termsVersion", 1),
                entry("policyId", policyId), entry("profileKind", "designer"), entry("profileId", designerId), entry("member", "designer:" + designerId),
                entry("designerId", designerId));
    }
}
