package cn.wenzhou.fashion.web.pages;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Parties;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * The workspace as its users see it: records set up through the API by their owners, the page read and its forms
 * posted as the user of {@code @TestSecurity} with a browser's manners (the page fetched first, its hidden fields
 * and cookies sent back), every change checked through the API.
 */
@QuarkusTest
class WorkspacePagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    /** A page as the browser holds it: the document and the cookies that came with it. */
    private record Loaded(Document page, Map<String, String> cookies) {

        Element form(String id) {
            Element form = page.getElementById(id);
            assertThat(form).as("form " + id).isNotNull();
            return form;
        }

        /** The names of the actions offered on the cooperation, in the page's order. */
        List<String> actionsOf(long cooperation) {
            Element article = page.getElementById("cooperation-" + cooperation);
            assertThat(article).as("cooperation " + cooperation + " on the page").isNotNull();
            return article.select("form[data-action]").eachAttr("data-action");
        }
    }

    private static Loaded load(String path) {
        Response response = given().when().get(path).then().statusCode(200).extract().response();
        return new Loaded(Jsoup.parse(response.asString()), response.getCookies());
    }

    /** Posts the form as a browser does: every named field with the value the page gave it, changed by {@code typed}. */
    private static Response submit(Loaded loaded, Element form, String action, Map<String, String> typed) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String value = switch (field.tagName()) {
                case "textarea" -> field.wholeText();
                case "select" -> {
                    Element selected = field.selectFirst("option[selected]");
                    yield (selected != null ? selected : field.selectFirst("option")).attr("value");
                }
                default -> field.attr("value");
            };
            fields.put(field.attr("name"), value);
        }
        fields.putAll(typed);
        return given().redirects().follow(false).cookies(loaded.cookies()).contentType(FORM).formParams(fields)
                .when().post(action).then().extract().response();
    }

    private static Response submit(Loaded loaded, Element form, Map<String, String> typed) {
        return submit(loaded, form, form.attr("action"), typed);
    }

    /** After post/redirect/get: the page the redirect leads to. */
    private static Loaded follow(Response posted) {
        assertThat(posted.statusCode()).as(posted.asString()).isEqualTo(303);
        String location = posted.header("Location");
        assertThat(location).contains("/workspace?done=").contains("#");
        // A browser keeps the fragment to itself.
        return load(location.substring(location.indexOf("/workspace"), location.indexOf('#')));
    }

    private static String statusOf(Parties parties, long cooperation) {
        return parties.asEnterprise().when().get("/api/cooperations/{id}", cooperation).then().statusCode(200).extract().path("status");
    }

    @Test
    void signInIsRequired() {
        String location = given().redirects().follow(false).when().get("/workspace").then().statusCode(302).extract().header("Location");
        assertThat(location).contains("client_id=library-pages").contains("code_challenge_method=S256");
    }

    @Test
    @TestSecurity(user = "ws-admin", roles = "admin")
    void adminsAreNoPartyAndFindTheirDecisionsElsewhere() {
        Parties.withInstitution(unique("管理员"), unique("ws-ent"), unique("ws-inst")).request();

        Document page = load("/workspace").page();

        assertThat(page.select("main p").first().text()).startsWith("管理员不拥有资料、也不是合作方");
        assertThat(page.select("main form, main article")).isEmpty();
    }

    @Test
    @TestSecurity(user = "ws-ent-lists", roles = "enterprise")
    void theEnterpriseSeesItsProfileNeedAndCooperationsWithTheActionsTheirStatesAllowIt() {
        Parties parties = Parties.withInstitution(unique("工作台"), "ws-ent-lists", unique("ws-inst"));
        long requested = parties.request();
        Parties second = parties.withNeed("""
                {"enterpriseId":%d,"title":"工作台第二个需求鞋面检测","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"]}
                """.formatted(parties.enterpriseId()));
        long accepted = second.request();
        second.asPartner().body("{}").when().post("/api/cooperations/{id}/accept", accepted).then().statusCode(200);
        second.asPartner().body(Parties.TERMS).when().post("/api/cooperations/{id}/agreement", accepted).then().statusCode(200);

        Loaded workspace = load("/workspace");

        assertThat(workspace.page().select("a[href=/enterprises/" + parties.enterpriseId() + "]").text()).isEqualTo("温州合作测试鞋业有限公司");
        assertThat(workspace.page().select("a[href=/needs/" + parties.needId() + "]")).hasSize(1);
        assertThat(workspace.page().select("a[href=/needs/" + second.needId() + "]").text()).isEqualTo("工作台第二个需求鞋面检测");
        assertThat(workspace.actionsOf(requested)).containsExactly("CANCEL");
        assertThat(workspace.actionsOf(accepted)).containsExactly("CONFIRM_TERMS", "PROPOSE_TERMS", "CANCEL");
        Element acceptedCard = workspace.page().getElementById("cooperation-" + accepted);
        assertThat(acceptedCard.select(".meta strong").first().text()).isEqualTo("已接受");
        assertThat(acceptedCard.select(".terms").text()).contains("检测服务").contains("项目合作").contains("提出方： 合作方");
        assertThat(acceptedCard.select(".history li")).hasSize(3);
        assertThat(workspace.page().getElementById("cooperation-" + requested).select(".history li")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "ws-inst-accepts", roles = "institution")
    void theInstitutionAcceptsThroughThePageForm() {
        Parties parties = Parties.withInstitution(unique("接受"), unique("ws-ent"), "ws-inst-accepts");
        long id = parties.request();
        Loaded before = load("/workspace");
        assertThat(before.actionsOf(id)).containsExactly("ACCEPT", "DECLINE", "CANCEL");

        Loaded after = follow(submit(before, before.form("c" + id + "-ACCEPT"), Map.of()));

        assertThat(after.page().select("[role=status]").text()).isEqualTo("已接受合作请求。");
        assertThat(after.actionsOf(id)).containsExactly("PROPOSE_TERMS", "CANCEL");
        assertThat(statusOf(parties, id)).isEqualTo("ACCEPTED");
        assertThat(after.page().getElementById("cooperation-" + id).select(".contact").text()).contains("李总").contains("0577-11112222");
    }

    @Test
    @TestSecurity(user = "ws-outsider", roles = "institution")
    void anActionOnSomeoneElsesCooperationOrInTheWrongStateIsRefusedWithAMessageAndChangesNothing() {
        Parties others = Parties.withInstitution(unique("旁人"), unique("ws-ent"), unique("ws-inst"));
        long foreign = others.request();
        Parties mine = Parties.withInstitution(unique("自己"), unique("ws-ent"), "ws-outsider");
        long own = mine.request();
        Loaded page = load("/workspace");
        assertThat(page.page().getElementById("cooperation-" + foreign)).isNull();

        Response refused = submit(page, page.form("c" + own + "-ACCEPT"), "/workspace/cooperations/" + foreign + "/accept", Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        Document shown = Jsoup.parse(refused.asString());
        assertThat(shown.select("[role=alert]").text()).startsWith("未完成：您无权执行此操作。");
        assertThat(shown.getElementById("cooperation-" + foreign)).isNull();
        assertThat(statusOf(others, foreign)).isEqualTo("REQUESTED");
        assertThat(others.asEnterprise().when().get("/api/cooperations/{id}", foreign).then().extract().jsonPath().getList("history"))
                .hasSize(1);

        Response wrongState = submit(page, page.form("c" + own + "-ACCEPT"), "/workspace/cooperations/" + own + "/agreement/confirmation",
                Map.of("termsVersion", "1"));

        assertThat(wrongState.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(wrongState.asString()).select("[role=alert]").text()).startsWith("未完成：当前状态不允许此操作。");
        assertThat(statusOf(mine, own)).isEqualTo("REQUESTED");
    }

    @Test
    @TestSecurity(user = "ws-ent-voucher", roles = "enterprise")
    void aVoucherAppliedForThroughThePageShowsItsStatus() {
        Parties parties = Parties.withInstitution(unique("申领"), "ws-ent-voucher", unique("ws-inst")).verified();
        long id = parties.request();
        parties.agree(id);
        Loaded page = load("/workspace");
        assertThat(page.actionsOf(id)).containsExactly("START", "APPLY", "CANCEL");

        Response wrong = submit(page, page.form("c" + id + "-APPLY"), Map.of("category", "TESTING_CERTIFICATION", "amount", "八千"));

        assertThat(wrong.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(wrong.asString());
        assertThat(again.getElementById("c" + id + "-APPLY-amount-error").text()).isEqualTo("must be a number");
        assertThat(again.getElementById("c" + id + "-APPLY-amount").attr("value")).isEqualTo("八千");
        assertThat(again.getElementById("c" + id + "-APPLY-amount").attr("aria-invalid")).isEqualTo("true");
        parties.asEnterprise().when().get("/api/vouchers").then().statusCode(200).body("total", equalTo(0));

        Loaded applied = follow(submit(page, page.form("c" + id + "-APPLY"), Map.of("category", "TESTING_CERTIFICATION", "amount", "8000")));

        assertThat(applied.page().select("[role=status]").text()).isEqualTo("创新券已申领，等待科技局审批。");
        var voucher = parties.asEnterprise().when().get("/api/vouchers").then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        assertThat(voucher.getLong("items[0].cooperationId")).isEqualTo(id);
        assertThat(voucher.getString("items[0].status")).isEqualTo("APPLIED");
        Element card = applied.page().getElementById("voucher-" + voucher.getLong("items[0].id"));
        assertThat(card.select(".status").text()).isEqualTo("已申领，待审批");
        assertThat(card.select(".meta").text()).contains("检测认证").contains("8000");
        assertThat(applied.actionsOf(id)).containsExactly("START", "CANCEL");
    }

    @Test
    @TestSecurity(user = "ws-ent-redeems", roles = "enterprise")
    void theEnterpriseRequestsRedemptionWithItsProofOnceEvenWhenTheFormIsPostedTwice() {
        Parties parties = Parties.withInstitution(unique("兑现"), "ws-ent-redeems", unique("ws-inst")).verified();
        long cooperation = parties.request();
        parties.agree(cooperation);
        long voucher = parties.asEnterprise().body("{\"cooperationId\":%d,\"category\":\"TESTING_CERTIFICATION\",\"amount\":9000}".formatted(cooperation))
                .post("/api/vouchers").then().statusCode(201).extract().jsonPath().getLong("id");
        Parties.asAdmin().body("{}").post("/api/vouchers/{id}/approve", voucher).then().statusCode(200);
        parties.complete(cooperation, 5);
        Loaded page = load("/workspace");
        assertThat(page.page().getElementById("voucher-" + voucher).select("form[data-action]").eachAttr("data-action")).containsExactly("REDEEM");
        Element form = page.form("v" + voucher + "-REDEEM");
        Map<String, String> proof = Map.of("amount", "8800.50", "contractReference", unique("HT"), "invoiceReference", unique("INV"));

        Loaded redeemed = follow(submit(page, form, proof));
        Loaded again = follow(submit(page, form, proof));

        assertThat(redeemed.page().select("[role=status]").text()).isEqualTo("已申请兑现，等待服务机构确认。");
        Element card = again.page().getElementById("voucher-" + voucher);
        assertThat(card.select(".status").text()).isEqualTo("已申请兑现，待服务机构确认");
        assertThat(card.text()).contains("8800.50").contains(proof.get("invoiceReference"));
        assertThat(card.select("form")).isEmpty();
        parties.asEnterprise().when().get("/api/vouchers/{id}", voucher).then().statusCode(200)
                .body("status", equalTo("REDEMPTION_REQUESTED")).body("contractReference", equalTo(proof.get("contractReference")));
    }

    @Test
    @TestSecurity(user = "ws-ent-forms", roles = "enterprise")
    void everyFormCarriesTheCsrfTagAndEveryFieldHasALabel() throws Exception {
        Parties parties = Parties.withInstitution(unique("表单"), "ws-ent-forms", unique("ws-inst"));
        long proposed = parties.request();
        parties.asPartner().body("{}").when().post("/api/cooperations/{id}/accept", proposed).then().statusCode(200);
        parties.asPartner().body(Parties.TERMS).when().post("/api/cooperations/{id}/agreement", proposed).then().statusCode(200);
        Parties second = parties.withNeed("""
                {"enterpriseId":%d,"title":"表单第二个需求","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"]}
                """.formatted(parties.enterpriseId()));
        long inProgress = second.request();
        second.agree(inProgress);
        second.asPartner().body("{}").when().post("/api/cooperations/{id}/start", inProgress).then().statusCode(200);
        Loaded page = load("/workspace");
        assertThat(page.actionsOf(inProgress)).containsExactly("COMPLETE", "APPLY", "CANCEL");
        Response refused = submit(page, page.form("c" + proposed + "-PROPOSE_TERMS"),
                Map.of("terms", "", "startDate", "2025-13-01", "endDate", "2025-12-31"));
        assertThat(refused.statusCode()).isEqualTo(400);

        String csrfField = ConfigProvider.getConfig().getOptionalValue("quarkus.rest-csrf.form-field-name", String.class).orElse("csrf-token");
        for (Document shown : List.of(page.page(), Jsoup.parse(refused.asString()))) {
            List<Element> forms = shown.select("main form[method=post]");
            assertThat(forms).hasSizeGreaterThanOrEqualTo(6);
            for (Element form : forms) {
                assertThat(form.select("input[type=hidden][name=" + csrfField + "]")).as(form.id()).hasSize(1);
                assertThat(form.attr("action")).as(form.id()).startsWith("/workspace/");
            }
            for (Element field : shown.select("input:not([type=hidden]), select, textarea")) {
                assertThat(!field.id().isEmpty() && !shown.select("label[for=" + field.id() + "]").isEmpty()).as(field.outerHtml()).isTrue();
            }
            assertThat(shown.select("script:not([src]), style, [style]")).isEmpty();
        }
        Document again = Jsoup.parse(refused.asString());
        assertThat(again.getElementById("c" + proposed + "-PROPOSE_TERMS-startDate-error").text()).isEqualTo("must be a date (yyyy-mm-dd)");
        assertThat(statusOf(parties, proposed)).isEqualTo("ACCEPTED");
        // The tag is filled by the sign-in's CSRF protection: each posting form of the workspace's templates includes it.
        int forms = 0;
        try (var templates = Files.list(Path.of("src/main/resources/templates/WorkspacePages"))) {
            for (Path file : templates.toList()) {
                Matcher form = Pattern.compile("<form method=\"post\"(.*?)</form>", Pattern.DOTALL).matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (form.find()) {
                    forms++;
                    assertThat(form.group(1)).as(file + ": " + form.group(1).lines().findFirst().orElse("")).contains("{#csrf /}");
                }
            }
        }
        assertThat(forms).isEqualTo(8);
    }

    @Test
    @TestSecurity(user = "ws-ent-hostile", roles = "enterprise")
    void markupInACooperationsMessageShowsAsText() {
        Parties parties = Parties.withInstitution(unique("恶意"), "ws-ent-hostile", unique("ws-inst"));
        long id = parties.asEnterprise().body(Map.of("needId", parties.needId(), "partnerKind", "institution", "partnerId", parties.partnerId(),
                "message", HostileRecords.MARKUP)).when().post("/api/cooperations").then().statusCode(201).extract().jsonPath().getLong("id");

        Document page = load("/workspace").page();

        Element card = page.getElementById("cooperation-" + id);
        assertThat(card.select(".message").text()).contains(HostileRecords.MARKUP);
        assertThat(page.select("main script, main img, main [onerror]")).isEmpty();
    }
}
