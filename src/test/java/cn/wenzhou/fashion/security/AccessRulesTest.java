package cn.wenzhou.fashion.security;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.eclipse.microprofile.config.ConfigProvider;
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
 * Each access rule of the library, one test each, with signed tokens of a WireMock OIDC server: who may read
 * needs and contact details, who may change which record, and what is for admins only.
 */
@QuarkusTest
class AccessRulesTest {

    private static final String ADMIN = Tokens.of("bureau-staff", Roles.ADMIN);

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static long createAs(String token, String path, String body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String enterprise(String externalId) {
        return Fixtures.enterprise(externalId, CreditCodes.withCheckCharacter("91330381MA2JD4R67"))
                .replace("\"description\":\"生产男士皮鞋\"", "\"description\":\"生产男士皮鞋\",\"contact\":{\"person\":\"王经理\",\"phone\":\"0577-66554433\",\"email\":\"boss@shoes.example.cn\"}");
    }

    private static String need(long enterpriseId, String title) {
        return """
                {"enterpriseId":%d,"title":"%s","industries":["FOOTWEAR"],"categories":["MATERIAL_RD"],"keywords":["鞋底"]}
                """.formatted(enterpriseId, title);
    }

    // --- public profiles, contact details -------------------------------------------------------------

    @Test
    void anyoneReadsAPartnerProfileWithoutItsContactDetails() {
        long id = createAs(ADMIN, "/api/institutions", Fixtures.institution(unique("inst"), "温州鞋类检测中心"));
        given().when().get("/api/institutions/{id}", id).then().statusCode(200)
                .body("name", equalTo("温州鞋类检测中心"))
                .body("contact", nullValue());
        given().when().get("/api/institutions").then().statusCode(200)
                .body("items.contact", not(hasItem(notNullValue())));
    }

    @Test
    void ownerAndAdminSeeContactDetailsOtherUsersDoNot() {
        String owner = Tokens.of(unique("ent-owner"), Roles.ENTERPRISE);
        long id = createAs(owner, "/api/enterprises", Fixtures.asUserSends(enterprise(unique("ent"))));
        as(owner).when().get("/api/enterprises/{id}", id).then().statusCode(200).body("contact.phone", equalTo("0577-66554433"));
        as(ADMIN).when().get("/api/enterprises/{id}", id).then().statusCode(200).body("contact.email", equalTo("boss@shoes.example.cn"));
        as(Tokens.of(unique("ent-other"), Roles.ENTERPRISE)).when().get("/api/enterprises/{id}", id)
                .then().statusCode(200).body("contact", nullValue());
        as(Tokens.of(unique("designer"), Roles.DESIGNER)).when().get("/api/enterprises/{id}", id)
                .then().statusCode(200).body("contact", nullValue());
    }

    @Test
    void searchResultsNeverCarryContactDetailsEvenForAdmins() {
        String name = "联系方式检测" + unique("x");
        createAs(ADMIN, "/api/institutions", Fixtures.institution(unique("inst"), name));
        String body = as(ADMIN).queryParam("q", name).when().get("/api/search")
                .then().statusCode(200).body("items.name", hasItem(name)).extract().asString();
        assertThat(body).doesNotContain("0577-88990011", "lab@example.cn", "张工");
    }

    @Test
    void theIndexHoldsNoContactDetails() {
        String externalId = unique("inst");
        createAs(ADMIN, "/api/institutions", Fixtures.institution(externalId, "索引隐私检测"));
        String hosts = ConfigProvider.getConfig().getValue("quarkus.hibernate-search-orm.elasticsearch.hosts", String.class);
        String indexed = given().baseUri("http://" + hosts).queryParam("q", "externalId:\"" + externalId + "\"")
                .when().get("/_all/_search").then().statusCode(200).body("hits.total.value", equalTo(1)).extract().asString();
        assertThat(indexed).contains("索引隐私检测").doesNotContain("0577-88990011", "lab@example.cn", "张工");
    }

    // --- needs ----------------------------------------------------------------------------------------

    @Test
    void needsAreForUsersWithAGrantedKindOnly() {
        long enterpriseId = createAs(ADMIN, "/api/enterprises", enterprise(unique("ent")));
        long needId = createAs(ADMIN, "/api/needs", need(enterpriseId, "鞋底耐磨需求"));
        given().when().get("/api/needs/{id}", needId).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer")).body("status", equalTo(401));
        given().when().get("/api/needs").then().statusCode(401);
        given().when().get("/api/needs/{id}/matches", needId).then().statusCode(401);
        as(Tokens.of(unique("designer"), Roles.DESIGNER)).when().get("/api/needs/{id}", needId).then().statusCode(403);
        Parties.asApprovedStranger().when().get("/api/needs/{id}", needId).then().statusCode(200).body("title", equalTo("鞋底耐磨需求"));
    }

    @Test
    void anonymousSearchAndSuggestionsLeaveNeedsOut() {
        long enterpriseId = createAs(ADMIN, "/api/enterprises", enterprise(unique("ent")));
        String title = "Vulcanizedsole" + unique("need").replace("-", "");
        long needId = createAs(ADMIN, "/api/needs", need(enterpriseId, title));
        given().queryParam("q", title).when().get("/api/search").then().statusCode(200).body("items.kind", not(hasItem("need")));
        given().queryParam("q", title).queryParam("kind", "need").when().get("/api/search").then().statusCode(200).body("total", equalTo(0));
        as(Tokens.of(unique("inst"), Roles.INSTITUTION)).queryParam("q", title).queryParam("kind", "need").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(0));
        Parties.asApprovedStranger().queryParam("q", title).queryParam("kind", "need").when().get("/api/search")
                .then().statusCode(200).body("items.id", hasItem((int) needId));
        given().queryParam("q", title).when().get("/api/suggest").then().statusCode(200).body("text", not(hasItem(title)));
        as(Tokens.of(unique("inst"), Roles.INSTITUTION)).queryParam("q", title).when().get("/api/suggest")
                .then().statusCode(200).body("text", not(hasItem(title)));
        Parties.asApprovedStranger().queryParam("q", title).when().get("/api/suggest").then().statusCode(200).body("text", hasItem(title));
    }

    @Test
    void matchesOfAPartnerListNeedsSoNeedAGrantedKind() {
        long id = createAs(ADMIN, "/api/institutions", Fixtures.institution(unique("inst"), "匹配机构"));
        given().when().get("/api/institutions/{id}/matches", id).then().statusCode(401);
        as(Tokens.of(unique("inst"), Roles.INSTITUTION)).when().get("/api/institutions/{id}/matches", id).then().statusCode(403);
        Parties.asApprovedStranger().when().get("/api/institutions/{id}/matches", id).then().statusCode(200);
    }

    @Test
    void onlyTheOwnerOfTheEnterpriseOrAnAdminPostsAndChangesItsNeeds() {
        String owner = Tokens.of(unique("ent-owner"), Roles.ENTERPRISE);
        String other = Tokens.of(unique("ent-other"), Roles.ENTERPRISE);
        long enterpriseId = createAs(owner, "/api/enterprises", Fixtures.asUserSends(enterprise(unique("ent"))));

        as(other).contentType(ContentType.JSON).body(need(enterpriseId, "别人的需求")).when().post("/api/needs")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        long needId = createAs(owner, "/api/needs", need(enterpriseId, "自己的需求"));
        long byAdmin = createAs(ADMIN, "/api/needs", need(enterpriseId, "局里代录的需求"));

        as(other).contentType(ContentType.JSON).body(need(enterpriseId, "改掉")).when().put("/api/needs/{id}", needId).then().statusCode(403);
        as(other).when().delete("/api/needs/{id}", needId).then().statusCode(403);
        as(owner).contentType(ContentType.JSON).body(need(enterpriseId, "改过的需求")).when().put("/api/needs/{id}", byAdmin)
                .then().statusCode(200).body("title", equalTo("改过的需求"));
        as(ADMIN).contentType(ContentType.JSON).body(need(enterpriseId, "局里改的")).when().put("/api/needs/{id}", needId).then().statusCode(200);
        as(owner).when().delete("/api/needs/{id}", needId).then().statusCode(204);
        as(ADMIN).when().delete("/api/needs/{id}", byAdmin).then().statusCode(204);
    }

    // --- profiles -------------------------------------------------------------------------------------

    @Test
    void profilesAreCreatedByUsersOfTheirKindAndOwnedByThem() {
        String inst = Tokens.of(unique("inst"), Roles.INSTITUTION);
        as(Tokens.of(unique("designer"), Roles.DESIGNER)).contentType(ContentType.JSON).body(Fixtures.institution(unique("inst"), "设计师建的机构"))
                .when().post("/api/institutions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Fixtures.institution(unique("inst"), "匿名机构"))
                .when().post("/api/institutions").then().statusCode(401).contentType("application/problem+json");
        as(inst).contentType(ContentType.JSON).body(Fixtures.asUserSends(Fixtures.institution(unique("inst"), "自己的机构"))).when().post("/api/institutions")
                .then().statusCode(201).body("ownerId", notNullValue()).body("contact.person", equalTo("张工"));
    }

    @Test
    void onlyTheOwnerOrAnAdminChangesOrDeletesAProfile() {
        String owner = Tokens.of(unique("inst-owner"), Roles.INSTITUTION);
        String other = Tokens.of(unique("inst-other"), Roles.INSTITUTION);
        long id = createAs(owner, "/api/institutions", Fixtures.asUserSends(Fixtures.institution(unique("inst"), "原名")));

        as(other).contentType(ContentType.JSON).body(Fixtures.institution(unique("inst"), "被改名")).when().put("/api/institutions/{id}", id)
                .then().statusCode(403);
        as(other).when().delete("/api/institutions/{id}", id).then().statusCode(403);
        as(owner).contentType(ContentType.JSON).body(Fixtures.asUserSends(Fixtures.institution(unique("inst"), "新名"))).when().put("/api/institutions/{id}", id)
                .then().statusCode(200).body("name", equalTo("新名"));
        as(ADMIN).when().delete("/api/institutions/{id}", id).then().statusCode(204);
    }

    @Test
    void onlyAnAdminAssignsAProfileToAUser() {
        String firstSubject = unique("designer-a");
        String first = Tokens.of(firstSubject, Roles.DESIGNER);
        String secondSubject = unique("designer-b");
        long id = createAs(first, "/api/designers", """
                {"name":"李设计","industries":["FOOTWEAR"],"location":{"country":"CN","city":"温州市","district":"LUCHENG"}}
                """);
        String assignment = "{\"ownerId\":\"" + secondSubject + "\"}";

        as(first).contentType(ContentType.JSON).body(assignment).when().put("/api/designers/{id}/owner", id).then().statusCode(403);
        as(ADMIN).contentType(ContentType.JSON).body(assignment).when().put("/api/designers/{id}/owner", id)
                .then().statusCode(200).body("ownerId", equalTo(secondSubject));
        as(first).when().delete("/api/designers/{id}", id).then().statusCode(403);
        as(Tokens.of(secondSubject, Roles.DESIGNER)).when().delete("/api/designers/{id}", id).then().statusCode(204);
    }

    // --- admin only -----------------------------------------------------------------------------------

    @Test
    void bulkImportIsForAdminsOnly() {
        String line = "{\"kind\":\"institution\"," + Fixtures.institution(unique("imp"), "导入机构").strip().substring(1).replace("\n", "") + "\n";
        given().contentType("application/x-ndjson").body(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/import").then().statusCode(401);
        as(Tokens.of(unique("ent"), Roles.ENTERPRISE)).contentType("application/x-ndjson").body(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/api/import")
                .then().statusCode(403).contentType("application/problem+json");
        ImportJobs.finished(() -> as(ADMIN), line).body("created", equalTo(1)).body("failed", equalTo(0));
    }

    @Test
    void reindexIsForAdminsOnly() {
        given().when().post("/api/admin/reindex").then().statusCode(401);
        as(Tokens.of(unique("inst"), Roles.INSTITUTION)).when().post("/api/admin/reindex").then().statusCode(403);
        as(ADMIN).when().post("/api/admin/reindex").then().statusCode(200).body("millis", notNullValue());
    }

    // --- who am I, and tokens that are refused ---------------------------------------------------------

    @Test
    void meTellsTheUserAndTheLibrarysRolesOnly() {
        as(Tokens.of("ent-wang", Roles.ENTERPRISE, "offline_access")).when().get("/api/me").then().statusCode(200)
                .body("subject", equalTo("ent-wang"))
                .body("name", equalTo("ent-wang"))
                .body("roles", contains(Roles.ENTERPRISE));
        given().when().get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void expiredTamperedForeignAndMisaddressedTokensAreRefused() {
        for (String token : new String[] {Tokens.expired("ent-wang", Roles.ENTERPRISE), Tokens.tampered("ent-wang", Roles.ENTERPRISE),
                Tokens.foreignIssuer("ent-wang", Roles.ENTERPRISE), Tokens.otherAudience("ent-wang", Roles.ENTERPRISE)}) {
            as(token).when().get("/api/me").then().statusCode(401).contentType("application/problem+json");
        }
    }
}
