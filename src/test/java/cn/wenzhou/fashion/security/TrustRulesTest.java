package cn.wenzhou.fashion.security;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.CreditCodes;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.testsupport.ImportJobs;
import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The trust rules of step 7, one test each, with signed tokens of the test OIDC server: nobody takes over a
 * firm, deals with themselves, or sets the bureau's registries; admins decide, own nothing, and are audited.
 */
@QuarkusTest
class TrustRulesTest {

    private static final String ADMIN_SUBJECT = "bureau-trust-admin";
    private static final String ADMIN = Tokens.of(ADMIN_SUBJECT, Roles.ADMIN);
    private static final String CREDIT_CODE = CreditCodes.withCheckCharacter("91330302MA2AB7C1X");

    private static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).auth().oauth2(token);
    }

    private static long createAs(String token, String path, String body) {
        return as(token).body(body).when().post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An enterprise as the bureau imported it: a credit code, and the contact details it came with. */
    private static long unownedEnterprise() {
        return createAs(ADMIN, "/api/enterprises", """
                {"name":"温州认领测试鞋业有限公司","creditCode":"%s","industries":["FOOTWEAR"],"district":"OUHAI",
                 "contact":{"person":"陈董","phone":"0577-86001234","email":"chen@shoes.example.cn"}}
                """.formatted(CREDIT_CODE));
    }

    private static String claim(String creditCode) {
        return """
                {"creditCode":%s,"evidenceReference":"营业执照 浙温字第0012号","authorisationReference":"授权委托书 2026-11",
                 "contact":{"person":"陈小姐","phone":"13800001111","email":"claim@shoes.example.cn"}}
                """.formatted(creditCode == null ? "null" : "\"" + creditCode + "\"");
    }

    private static String need(long enterpriseId, String title) {
        return """
                {"enterpriseId":%d,"title":"%s","industries":["FOOTWEAR"],"categories":["MATERIAL_RD"]}
                """.formatted(enterpriseId, title);
    }

    // --- 1. claims are requests, reviewed ------------------------------------------------------------

    @Test
    void claimsAreRequestsThatAnAdminReviews() {
        long id = unownedEnterprise();
        long needId = createAs(ADMIN, "/api/needs", need(id, "导入的需求"));
        String subject = unique("ent-claimer");
        String claimer = Tokens.of(subject, Roles.ENTERPRISE);
        String rival = Tokens.of(unique("ent-rival"), Roles.ENTERPRISE);

        as(Tokens.of(unique("designer"), Roles.DESIGNER)).body(claim(CREDIT_CODE)).when().post("/api/enterprises/{id}/claim", id)
                .then().statusCode(403);
        as(claimer).body(claim(null)).when().post("/api/enterprises/{id}/claim", id)
                .then().statusCode(400).body("errors.field", contains("creditCode"));
        as(claimer).body(claim(CreditCodes.withCheckCharacter("91330381MA2JD4R67"))).when().post("/api/enterprises/{id}/claim", id)
                .then().statusCode(400).body("errors.field", contains("creditCode"))
                .body("errors.message", contains("is not the credit code of this enterprise"));
        as(claimer).body(claim(CREDIT_CODE).replace("\"authorisationReference\":\"授权委托书 2026-11\",", "")).when()
                .post("/api/enterprises/{id}/claim", id).then().statusCode(400).body("errors.field", contains("authorisationReference"));

        long claimId = as(claimer).body(claim(CREDIT_CODE)).when().post("/api/enterprises/{id}/claim", id).then().statusCode(201)
                .header("Location", containsString("/api/claims/"))
                .body("status", equalTo("PENDING"))
                .body("claimant", equalTo(subject))
                .body("recordContact", nullValue())
                .extract().jsonPath().getLong("id");
        long rivalClaim = as(rival).body(claim(CREDIT_CODE)).when().post("/api/enterprises/{id}/claim", id).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(claimer).body(claim(CREDIT_CODE)).when().post("/api/enterprises/{id}/claim", id).then().statusCode(409);

        // Pending: nobody owns the enterprise yet.
        as(ADMIN).when().get("/api/enterprises/{id}", id).then().statusCode(200).body("ownerId", nullValue());
        as(claimer).when().get("/api/me").then().statusCode(200).body("profiles", empty());
        as(claimer).body(need(id, "抢先改的需求")).when().put("/api/needs/{id}", needId).then().statusCode(403);

        // The claimant sees the status of theirs only; the admin sees the queue with the record's own contact.
        as(claimer).when().get("/api/claims").then().statusCode(200).body("items.id", contains((int) claimId));
        as(rival).when().get("/api/claims/{id}", claimId).then().statusCode(403);
        as(ADMIN).queryParam("status", "PENDING").queryParam("size", 100).when().get("/api/claims").then().statusCode(200)
                .body("items.id", hasItem((int) claimId));
        as(ADMIN).when().get("/api/claims/{id}", claimId).then().statusCode(200)
                .body("recordContact.phone", equalTo("0577-86001234"))
                .body("contact.phone", equalTo("13800001111"));

        as(ADMIN).body("{}").when().post("/api/claims/{id}/reject", claimId).then().statusCode(400).body("errors.field", contains("reason"));
        as(claimer).body("{}").when().post("/api/claims/{id}/approve", claimId).then().statusCode(403);
        as(ADMIN).body("{\"reason\":\"已电话核实陈董\"}").when().post("/api/claims/{id}/approve", claimId).then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        as(claimer).when().get("/api/enterprises/{id}", id).then().statusCode(200).body("ownerId", equalTo(subject));
        as(rival).when().get("/api/claims/{id}", rivalClaim).then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("decisionReason", containsString("another claim"));
        as(ADMIN).body("{}").when().post("/api/claims/{id}/approve", claimId).then().statusCode(409);
        as(rival).body(claim(CREDIT_CODE)).when().post("/api/enterprises/{id}/claim", id).then().statusCode(409);
        // The enterprise's needs follow it to its owner.
        as(claimer).body(need(id, "认领后改的需求")).when().put("/api/needs/{id}", needId).then().statusCode(200)
                .body("ownerId", equalTo(subject));
    }

    @Test
    void ownerIdIsShownToTheOwnerAndAdminsOnly() {
        String subject = unique("ent-owner");
        String owner = Tokens.of(subject, Roles.ENTERPRISE);
        long id = createAs(owner, "/api/enterprises", """
                {"name":"温州可见性测试鞋业","industries":["FOOTWEAR"],"district":"LUCHENG"}""");
        long needId = createAs(owner, "/api/needs", need(id, "可见性需求"));

        given().when().get("/api/enterprises/{id}", id).then().statusCode(200).body("ownerId", nullValue());
        given().queryParam("size", 100).when().get("/api/enterprises").then().statusCode(200)
                .body("items.ownerId", not(hasItem(notNullValue())));
        as(Tokens.of(unique("ent-other"), Roles.ENTERPRISE)).when().get("/api/enterprises/{id}", id).then().statusCode(200)
                .body("ownerId", nullValue());
        Parties.asApprovedStranger().when().get("/api/needs/{id}", needId).then().statusCode(200).body("ownerId", nullValue());
        as(owner).when().get("/api/enterprises/{id}", id).then().statusCode(200).body("ownerId", equalTo(subject));
        as(owner).when().get("/api/needs/{id}", needId).then().statusCode(200).body("ownerId", equalTo(subject));
        as(ADMIN).when().get("/api/enterprises/{id}", id).then().statusCode(200).body("ownerId", equalTo(subject));
    }

    // --- 2. admins do not own ------------------------------------------------------------------------

    @Test
    void adminsDoNotOwn() {
        long enterprise = unownedEnterprise();
        long need = createAs(ADMIN, "/api/needs", need(enterprise, "管理员代录的需求"));
        long institution = createAs(ADMIN, "/api/institutions", Fixtures.institution(unique("inst"), "管理员代录的实验室"));
        as(ADMIN).when().get("/api/enterprises/{id}", enterprise).then().statusCode(200).body("ownerId", nullValue());

        as(ADMIN).body(claim(CREDIT_CODE)).when().post("/api/enterprises/{id}/claim", enterprise).then().statusCode(403);
        as(ADMIN).body("{\"ownerId\":\"" + ADMIN_SUBJECT + "\"}").when().put("/api/institutions/{id}/owner", institution)
                .then().statusCode(400).body("errors.field", contains("ownerId"));
        // Entering a firm's data does not make the admin its party.
        as(ADMIN).body("""
                {"needId":%d,"partnerKind":"institution","partnerId":%d,"message":"自己和自己合作"}""".formatted(need, institution))
                .when().post("/api/cooperations").then().statusCode(403);
        as(ADMIN).when().get("/api/me").then().statusCode(200).body("profiles", empty());
    }

    // --- 3. no external-id squatting ------------------------------------------------------------------

    @Test
    void noExternalIdSquattingAndImportsLeaveUsersRecordsAlone() {
        String owner = Tokens.of(unique("ent-owner"), Roles.ENTERPRISE);
        String importedId = unique("bureau-ent");
        as(owner).body("""
                {"externalId":"%s","name":"抢注外部编号鞋业","industries":["FOOTWEAR"],"district":"LUCHENG"}""".formatted(importedId))
                .when().post("/api/enterprises").then().statusCode(400).body("errors.field", contains("externalId"));
        var created = as(owner).body("""
                {"name":"用户自建鞋业","industries":["FOOTWEAR"],"district":"LUCHENG"}""").when().post("/api/enterprises")
                .then().statusCode(201).body("externalId", startsWith("enterprise-")).extract().jsonPath();
        long id = created.getLong("id");
        String assigned = created.getString("externalId");
        as(owner).body("""
                {"externalId":"%s","name":"改编号鞋业","industries":["FOOTWEAR"],"district":"LUCHENG"}""".formatted(importedId))
                .when().put("/api/enterprises/{id}", id).then().statusCode(400).body("errors.field", contains("externalId"));
        as(owner).body("""
                {"externalId":"%s","name":"用户改名鞋业","industries":["FOOTWEAR"],"district":"LUCHENG"}""".formatted(assigned))
                .when().put("/api/enterprises/{id}", id).then().statusCode(200).body("name", equalTo("用户改名鞋业"));

        // An import line for the user's record is left out and reported, unless the admin asks for it.
        String line = """
                {"kind":"enterprise","externalId":"%s","name":"导入覆盖鞋业","industries":["FOOTWEAR"],"district":"OUHAI"}
                """.formatted(assigned).strip() + "\n";
        ImportJobs.finished(() -> as(ADMIN), line)
                .body("updated", equalTo(0)).body("leftOut", equalTo(1))
                .body("warnings[0].line", equalTo(1)).body("warnings[0].externalId", equalTo(assigned))
                .body("warnings[0].message", containsString("overwriteOwned=true"));
        as(owner).when().get("/api/enterprises/{id}", id).then().body("name", equalTo("用户改名鞋业"));
        ImportJobs.finished(() -> as(ADMIN), line, true).body("updated", equalTo(1)).body("leftOut", equalTo(0));
        as(owner).when().get("/api/enterprises/{id}", id).then().body("name", equalTo("导入覆盖鞋业")).body("district", equalTo("OUHAI"));
    }

    // --- 4. a need belongs to its enterprise's owner -------------------------------------------------

    @Test
    void aNeedAlwaysBelongsToItsEnterprisesOwner() {
        String firstSubject = unique("ent-first");
        String first = Tokens.of(firstSubject, Roles.ENTERPRISE);
        String secondSubject = unique("ent-second");
        String second = Tokens.of(secondSubject, Roles.ENTERPRISE);
        long firstEnterprise = createAs(first, "/api/enterprises", """
                {"name":"温州甲鞋业","industries":["FOOTWEAR"],"district":"LUCHENG"}""");
        long secondEnterprise = createAs(second, "/api/enterprises", """
                {"name":"温州乙鞋业","industries":["FOOTWEAR"],"district":"OUHAI"}""");
        String firstExternalId = as(first).when().get("/api/enterprises/{id}", firstEnterprise).then().extract().jsonPath().getString("externalId");

        // Imported for an owned enterprise: the need is its owner's.
        String needExternalId = unique("imported-need");
        String line = """
                {"kind":"need","externalId":"%s","enterpriseExternalId":"%s","title":"导入的鞋底需求","industries":["FOOTWEAR"]}
                """.formatted(needExternalId, firstExternalId).strip() + "\n";
        ImportJobs.finished(() -> as(ADMIN), line).body("created", equalTo(1));
        long needId = as(ADMIN).queryParam("externalId", needExternalId).when().get("/api/needs").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        as(first).when().get("/api/needs/{id}", needId).then().statusCode(200).body("ownerId", equalTo(firstSubject));

        // Moved to another enterprise by an admin: it moves to that enterprise's owner.
        as(ADMIN).body(need(secondEnterprise, "转给乙的需求")).when().put("/api/needs/{id}", needId).then().statusCode(200)
                .body("ownerId", equalTo(secondSubject));
        as(first).body(need(firstEnterprise, "甲想要回来")).when().put("/api/needs/{id}", needId).then().statusCode(403);
        as(second).body(need(secondEnterprise, "乙改的需求")).when().put("/api/needs/{id}", needId).then().statusCode(200);
    }

    // --- 5. who is signed in ---------------------------------------------------------------------------

    @Test
    void aRealmRoleAloneGrantsNoKindNeedsAreForApprovedKinds() {
        String ownerSubject = unique("ent-registered");
        String owner = Tokens.of(ownerSubject, Roles.ENTERPRISE);
        String word = unique("kindgate");
        long enterprise = createAs(owner, "/api/enterprises", """
                {"name":"温州新注册鞋业","industries":["FOOTWEAR"],"district":"LUCHENG"}""");
        long ownNeed = createAs(owner, "/api/needs", need(enterprise, word + " 新注册企业的需求"));
        long othersNeed = createAs(ADMIN, "/api/needs", need(unownedEnterprise(), word + " 别家的需求"));

        // Registered, with the realm's role and a profile waiting for approval: its own need, nobody else's.
        as(owner).when().get("/api/me").then().statusCode(200).body("roles", contains("enterprise")).body("kinds", empty())
                .body("profiles[0].ownerApproved", equalTo(false));
        as(owner).when().get("/api/needs/{id}", ownNeed).then().statusCode(200);
        as(owner).when().get("/api/needs/{id}/matches", ownNeed).then().statusCode(200);
        as(owner).when().get("/api/needs/{id}", othersNeed).then().statusCode(403);
        as(owner).when().get("/api/needs/{id}/matches", othersNeed).then().statusCode(403);
        as(owner).queryParam("size", 100).when().get("/api/needs").then().statusCode(200).body("items.id", contains((int) ownNeed));
        as(owner).queryParam("q", word).queryParam("kind", "need").when().get("/api/search").then().statusCode(200).body("total", equalTo(0));
        String registeredOnly = Tokens.of(unique("inst-registered"), Roles.INSTITUTION);
        long lab = createAs(registeredOnly, "/api/institutions", Fixtures.asUserSends(Fixtures.institution(unique("inst"), "新注册实验室")));
        as(registeredOnly).when().get("/api/institutions/{id}/matches", lab).then().statusCode(403);

        // The bureau approves the owner: the enterprise grants its kind.
        as(owner).body("{}").when().post("/api/enterprises/{id}/approval", enterprise).then().statusCode(403);
        as(ADMIN).body("{\"reason\":\"营业执照核验\"}").when().post("/api/enterprises/{id}/approval", enterprise).then().statusCode(200)
                .body("ownerApproved", equalTo(true));
        as(owner).when().get("/api/me").then().statusCode(200).body("kinds", contains("enterprise"));
        as(owner).when().get("/api/needs/{id}", othersNeed).then().statusCode(200);
        as(owner).queryParam("q", word).queryParam("kind", "need").when().get("/api/search").then().statusCode(200)
                .body("items.id", hasItems((int) ownNeed, (int) othersNeed));
        as(ADMIN).queryParam("recordKind", "enterprise").queryParam("recordId", enterprise).when().get("/api/admin/audit").then()
                .body("items.action", contains("OWNER_APPROVED"));
    }

    @Test
    void theLibraryKeepsAUserRecordPerSubjectAndAdminsDisableUsers() {
        String subject = unique("ent-user-record");
        String user = Tokens.of(subject, Roles.ENTERPRISE, "offline_access");
        as(user).when().get("/api/me").then().statusCode(200);
        var users = as(ADMIN).queryParam("size", 100).when().get("/api/admin/users").then().statusCode(200).extract().jsonPath();
        assertThat(users.getList("items.subject")).contains(subject);
        String record = "items.find { it.subject == '" + subject + "' }";
        assertThat(users.getString(record + ".name")).isEqualTo(subject);
        assertThat(users.getList(record + ".realmRoles")).containsExactly("enterprise");
        assertThat(users.getBoolean(record + ".disabled")).isFalse();

        String status = "/api/admin/users/{subject}/status";
        as(user).body("{\"disabled\":true,\"reason\":\"x\"}").when().put(status, subject).then().statusCode(403);
        as(ADMIN).body("{\"disabled\":true}").when().put(status, subject).then().statusCode(400).body("errors.field", contains("reason"));
        as(ADMIN).body("{\"disabled\":true,\"reason\":\"x\"}").when().put(status, ADMIN_SUBJECT).then().statusCode(400)
                .body("errors.field", contains("subject"));
        as(ADMIN).body("{\"disabled\":true,\"reason\":\"x\"}").when().put(status, unique("nobody")).then().statusCode(404);
        as(ADMIN).body("{\"disabled\":true,\"reason\":\"冒用企业身份\"}").when().put(status, subject).then().statusCode(200)
                .body("disabled", equalTo(true)).body("disabledReason", equalTo("冒用企业身份"));
        as(user).when().get("/api/me").then().statusCode(403).contentType("application/problem+json");
        as(user).queryParam("q", "鞋").when().get("/api/search").then().statusCode(403);
        as(Tokens.of(subject, Roles.ENTERPRISE)).when().get("/api/me").then().statusCode(403);

        as(ADMIN).body("{\"disabled\":false,\"reason\":\"核实无误\"}").when().put(status, subject).then().statusCode(200)
                .body("disabled", equalTo(false));
        as(user).when().get("/api/me").then().statusCode(200);
        as(ADMIN).queryParam("size", 100).when().get("/api/admin/audit").then().statusCode(200)
                .body("items.findAll { it.userSubject == '" + subject + "' }.action", contains("USER_ENABLED", "USER_DISABLED"));
    }

    @Test
    void aTokenWithoutSubjectGets401() {
        String token = Tokens.withoutSubject("ent-wang", Roles.ENTERPRISE);
        as(token).when().get("/api/me").then().statusCode(401).contentType("application/problem+json");
        as(token).body("""
                {"name":"无主体令牌鞋业","industries":["FOOTWEAR"],"district":"LUCHENG"}""").when().post("/api/enterprises")
                .then().statusCode(401).contentType("application/problem+json");
    }

    // --- 7. never both sides -------------------------------------------------------------------------

    @Test
    void neverBothSidesACooperationWithYourselfIsRefused() {
        String both = Tokens.of(unique("ent-and-inst"), Roles.ENTERPRISE, Roles.INSTITUTION);
        long enterprise = createAs(both, "/api/enterprises", """
                {"name":"温州自家鞋业","industries":["FOOTWEAR"],"district":"LUCHENG"}""");
        long need = createAs(both, "/api/needs", need(enterprise, "自家需求"));
        long institution = createAs(both, "/api/institutions",
                Fixtures.asUserSends(Fixtures.institution(unique("inst"), "自家检测实验室")));

        as(both).body("""
                {"needId":%d,"partnerKind":"institution","partnerId":%d,"message":"和自己合作"}""".formatted(need, institution))
                .when().post("/api/cooperations").then().statusCode(400).body("errors.field", contains("partnerId"));
    }

    // --- 10. registries kept by admins ---------------------------------------------------------------

    @Test
    void registriesAreKeptByAdmins() {
        String user = Tokens.of(unique("inst-user"), Roles.INSTITUTION);
        String marked = Fixtures.institution(unique("inst"), "自称登记的实验室");
        String unmarked = Fixtures.asUserSends(marked);

        as(user).body(unmarked.replace("\"voucherProvider\":false", "\"voucherProvider\":true"))
                .when().post("/api/institutions").then().statusCode(403).body("detail", containsString("voucherProvider"));
        long id = createAs(user, "/api/institutions", unmarked);
        as(user).body(unmarked.replace("\"settled\":false", "\"settled\":true")).when().put("/api/institutions/{id}", id)
                .then().statusCode(403).body("detail", containsString("settled"));
        as(user).body(unmarked.replace("\"voucherEligible\":false", "\"voucherEligible\":true")).when().put("/api/institutions/{id}", id)
                .then().statusCode(403).body("detail", containsString("voucherEligible"));
        as(user).body(unmarked.replace("自称登记的实验室", "改名的实验室")).when().put("/api/institutions/{id}", id)
                .then().statusCode(200).body("name", equalTo("改名的实验室")).body("voucherProvider", equalTo(false));

        as(ADMIN).body(marked).when().put("/api/institutions/{id}", id).then().statusCode(200)
                .body("voucherProvider", equalTo(true)).body("settled", equalTo(true));
        as(ADMIN).queryParam("recordKind", "institution").queryParam("recordId", id).when().get("/api/admin/audit").then().statusCode(200)
                .body("items.action", contains("REGISTRY_CHANGED"))
                .body("items[0].actor", equalTo(ADMIN_SUBJECT))
                .body("items[0].detail", containsString("voucherProvider=true"));
        // Sending back what it read is fine; taking a mark away is not.
        as(user).body(marked).when().put("/api/institutions/{id}", id).then().statusCode(200);
        as(user).body(marked.replace("\"voucherProvider\":true", "\"voucherProvider\":false")).when().put("/api/institutions/{id}", id)
                .then().statusCode(403);
        given().when().get("/api/institutions/{id}", id).then().statusCode(200).body("voucherProvider", equalTo(true));
    }

    // --- 12. the audit log -----------------------------------------------------------------------------

    @Test
    void adminDecisionsGoToAnAppendOnlyAuditLogThatOnlyAdminsRead() {
        String owner = unique("designer-owner");
        long id = createAs(ADMIN, "/api/designers", """
                {"name":"审计设计师","industries":["FOOTWEAR"],"location":{"country":"CN","city":"温州市","district":"LUCHENG"}}""");
        as(ADMIN).body("{\"ownerId\":\"" + owner + "\",\"reason\":\"设计师本人到局里办理\"}").when().put("/api/designers/{id}/owner", id)
                .then().statusCode(200);

        as(ADMIN).queryParam("recordKind", "designer").queryParam("recordId", id).when().get("/api/admin/audit").then().statusCode(200)
                .body("items.action", contains("OWNER_ASSIGNED"))
                .body("items[0].actor", equalTo(ADMIN_SUBJECT))
                .body("items[0].detail", equalTo("owner null → " + owner))
                .body("items[0].reason", equalTo("设计师本人到局里办理"))
                .body("items[0].at", notNullValue());
        as(ADMIN).queryParam("recordKind", "nonsense").when().get("/api/admin/audit").then().statusCode(400)
                .body("errors.field", contains("recordKind"));
        given().when().get("/api/admin/audit").then().statusCode(401);
        as(Tokens.of(owner, Roles.DESIGNER)).when().get("/api/admin/audit").then().statusCode(403);
        for (String method : new String[] {"PUT", "DELETE", "POST", "PATCH"}) {
            as(ADMIN).body("{}").when().request(method, "/api/admin/audit").then().statusCode(405);
        }
    }

    // --- 13. personal data ---------------------------------------------------------------------------

    @Test
    void aPersonDownloadsWhatTheLibraryHoldsAndClosesTheirAccount() {
        Parties parties = Parties.withInstitution(unique("个人信息"));
        long cooperation = parties.request();
        String subject = parties.enterpriseUser();

        var export = parties.asEnterprise().when().get("/api/me/data").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("me.subject", equalTo(subject))
                .body("user.subject", equalTo(subject))
                .body("profiles.id", contains((int) parties.enterpriseId()))
                .body("profiles[0].contact.person", equalTo("李总"))
                .body("cooperations.id", contains((int) cooperation))
                .body("cooperations[0].status", equalTo("REQUESTED"))
                .extract().jsonPath();
        assertThat(export.getList("vouchers")).isEmpty();
        given().when().get("/api/me/data").then().statusCode(401);

        parties.asEnterprise().when().delete("/api/me").then().statusCode(204);

        as(ADMIN).when().get("/api/enterprises/{id}", parties.enterpriseId()).then().statusCode(200)
                .body("contact", nullValue()).body("ownerId", nullValue()).body("name", equalTo("温州合作测试鞋业有限公司"));
        as(ADMIN).when().get("/api/cooperations/{id}", cooperation).then().statusCode(200)
                .body("enterpriseId", equalTo((int) parties.enterpriseId())).body("history[0].actor", equalTo(subject));
        var users = as(ADMIN).queryParam("size", 100).when().get("/api/admin/users").then().statusCode(200).extract().jsonPath();
        String record = "items.find { it.subject == '" + subject + "' }";
        assertThat(users.getString(record + ".name")).isNull();
        assertThat(users.getList(record + ".realmRoles")).isEmpty();
        assertThat(users.getBoolean(record + ".disabled")).isTrue();
        // A later sign-in with the same account is refused and writes nothing back.
        as(Tokens.of(subject, Roles.ENTERPRISE)).when().get("/api/me").then().statusCode(403);
        assertThat(as(ADMIN).queryParam("size", 100).when().get("/api/admin/users").then().extract().jsonPath().getString(record + ".name"))
                .isNull();
    }
}
