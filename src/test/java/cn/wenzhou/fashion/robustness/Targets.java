package cn.wenzhou.fashion.robustness;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.ImportJobs;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;

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

    /** The real path values of an operation's path: ids of records of its kind, or subjects of users. */
    List<String> realPathValues(ApiOperation operation) {
        String path = apiPath(operation.path());
        if (path.startsWith("/api/admin/users/")) {
            return List.of(enterpriseUser, designerUser);
        }
        List<Long> ids = path.startsWith("/api/enterprises/") ? List.of(enterpriseId, unownedEnterpriseId)
                : path.startsWith("/api/needs/") ? List.of(needId)
                : path.startsWith("/api/institutions/") || path.startsWith("/api/registry/providers/") ? List.of(institutionId, unownedInstitutionId)
                : path.startsWith("/api/designers/") ? List.of(designerId)
                : path.startsWith("/api/cooperations/") ? List.of(requestedCooperationId, agreedCooperationId)
                : path.startsWith("/api/vouchers/") ? List.of(voucherId)
                : path.startsWith("/api/claims/") ? List.of(claimId)
                : path.startsWith("/api/import/jobs/") ? List.of(importJobId)
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
        if (path.startsWith("/api/designers")) {
            return designerUser;
        }
        if (path.startsWith("/api/claims")) {
            return claimant;
        }
        return enterpriseUser;
    }

    /** Valid values of the body fields that name records or users, by field name. */
    Map<String, Object> validFieldValues() {
        return Map.of("needId", needId, "partnerId", designerId, "cooperationId", agreedCooperationId, "enterpriseId", enterpriseId,
                "duplicateId", unownedEnterpriseId, "institutionId", institutionId, "ownerId", claimant, "partnerKind", "designer",
                "category", "TESTING_CERTIFICATION", "termsVersion", 1);
    }
}
