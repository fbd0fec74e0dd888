package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.Corpus;
import cn.wenzhou.fashion.testsupport.PageForm;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The need pages as their readers see them: the owner of a need's enterprise, another approved enterprise, a
 * signed-in user the library granted nothing, an admin and anonymous readers. Forms are posted as a browser posts
 * them ({@link PageForm}); what they did is checked through the API.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedPagesTest {

    private static final String OWNER = "need-pages-owner";
    private static final String OTHER = "need-pages-other";
    private static final String STRANGER = "need-pages-stranger";
    private static final String ADMIN = "need-pages-admin";
    private static final List<String> FACTORS_ZH = List.of("文本与领域概念相关度", "能力类别", "行业", "创新券", "地域", "合作记录", "资料完整与更新");

    private long enterprise;
    private long need;
    private long requestNeed;
    private long confidentialNeed;
    private long hostileNeed;
    private long partner;

    @BeforeAll
    void recordsExist() {
        BeforeAllRequests.run(() -> {
            Corpus.importAsAdmin();
            String owner = Tokens.of(OWNER, "enterprise");
            enterprise = Parties.approvedEnterpriseOf(owner, "温州需求页测试鞋业");
            need = needOf(owner, "运动鞋鞋底防滑检测", false);
            requestNeed = needOf(owner, "女鞋大底防滑性能检测", false);
            confidentialNeed = needOf(owner, "保密：新款鞋底防滑配方检测", true);
            hostileNeed = needOf(owner, HostileRecords.MARKUP + " 鞋底防滑", false);
            Parties.approvedEnterpriseOf(Tokens.of(OTHER, "enterprise"), "温州旁观鞋业需求页");
            // An institution that ranks for the need, as the owner reads its matches through the API.
            partner = Parties.as(owner).when().get("/api/needs/{id}/matches?kind=institution", need).then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].id");
        });
    }

    private long needOf(String token, String title, boolean confidential) {
        return Parties.as(token).body("""
                {"enterpriseId":%d,"title":"%s","description":"需要检测成品鞋湿态防滑性能并出具报告","industries":["FOOTWEAR"],
                 "categories":["TESTING_CERTIFICATION"],"keywords":["防滑"],"confidential":%s}
                """.formatted(enterprise, title, confidential))
                .when().post("/api/needs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Document page(String path) {
        return Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    @TestSecurity(user = OWNER, roles = "enterprise")
    void ownerSeesThePartnersInTheApisOrderWithScoreBarsFactorsReasonsAndMarkedTerms() {
        Document page = page("/needs/" + need);
        assertThat(page.select("h1").text()).isEqualTo("运动鞋鞋底防滑检测");
        List<Element> matches = page.select("li.match");
        List<String> apiOrder = given().when().get("/api/needs/{id}/matches", need).then().statusCode(200).extract().jsonPath()
                .getList("items.name", String.class);
        assertThat(matches).hasSizeGreaterThanOrEqualTo(3);
        assertThat(matches.stream().map(m -> m.selectFirst("h3 a").text()).toList()).isEqualTo(apiOrder);

        List<Double> scores = matches.stream().map(m -> Double.parseDouble(m.selectFirst(".score meter").attr("value"))).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(matches.get(0).selectFirst(".score meter").attr("max")).isEqualTo("100");
        assertThat(matches.get(0).selectFirst("h3 a").attr("href")).matches("/(institutions|designers)/\\d+");

        Element best = matches.get(0);
        assertThat(best.select("table.factors tbody th").eachText()).isEqualTo(FACTORS_ZH);
        assertThat(best.select("table.factors tbody meter")).hasSize(7);
        // The need asks for testing: a partner that offers it says so, in Chinese.
        assertThat(page.select("li.match .reasons li").eachText()).contains("提供检测认证服务");
        // Marked as the analyzer found it: the word alone or within a longer term (防滑检测), whichever partners rank.
        assertThat(page.select("li.match .snippet em").eachText()).anyMatch(term -> term.contains("防滑"));
        assertThat(page.select("form.request")).hasSize(matches.size());
    }

    @Test
    @TestSecurity(user = OWNER, roles = "enterprise")
    void theEnglishPageGivesTheReasonsAndFactorsInEnglish() {
        Document page = page("/needs/" + need + "?lang=en");
        assertThat(page.select("li.match .reasons li").eachText()).contains("Offers testing & certification");
        assertThat(page.select("li.match").first().select("table.factors tbody th").eachText())
                .containsExactly("Text and domain concepts", "Capability categories", "Industry", "Innovation vouchers", "Location",
                        "Track record", "Profile completeness and freshness");
    }

    @Test
    @TestSecurity(user = OTHER, roles = "enterprise")
    void anotherEnterpriseSeesAnOpenNeedsPartnersWithoutRequestButtonsAndNoConfidentialNeed() {
        Document open = page("/needs/" + need);
        assertThat(open.select("li.match")).isNotEmpty();
        assertThat(open.select("form.request")).isEmpty();
        String confidential = given().when().get("/needs/" + confidentialNeed).then().statusCode(404).extract().asString();
        assertThat(confidential).doesNotContain("保密：新款鞋底防滑配方检测");
    }

    @Test
    @TestSecurity(user = ADMIN, roles = "admin")
    void anAdminSeesAConfidentialNeedsPartners() {
        Document page = page("/needs/" + confidentialNeed);
        assertThat(page.select("h1").text()).isEqualTo("保密：新款鞋底防滑配方检测");
        assertThat(page.select("li.match")).isNotEmpty();
        assertThat(page.select("form.request")).isEmpty();
    }

    @Test
    void anonymousReadersSeeNoNeedAndNoOpenNeedsOfAPartner() {
        long partner = firstPartnerId();
        for (String path : List.of("/needs/" + need, "/institutions/" + partner + "/needs", "/needs/new")) {
            // Keycloak's login page, which comes back here: the page shows nothing before.
            String location = given().redirects().follow(false).when().get(path).then().statusCode(302).extract().header("Location");
            assertThat(location).as(path).contains("client_id=library-pages").contains("code_challenge_method=S256");
        }
        assertThat(page("/institutions/" + partner).select("a[href$=/needs]")).isEmpty();
    }

    private long firstPartnerId() {
        return partner;
    }

    @Test
    @TestSecurity(user = OWNER, roles = "enterprise")
    void requestingCooperationCreatesItOnceThenSaysWhyNot() {
        String needPage = "/needs/" + requestNeed;
        PageForm form = PageForm.of(needPage, "li.match form.request").with("message", "希望尽快合作");
        assertThat(form.fields()).containsKeys("partnerKind", "partnerId");
        Response first = form.post();
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.header("Location")).endsWith(needPage + "?notice=REQUESTED#notice");
        Element notice = page(needPage + "?notice=REQUESTED").selectFirst("#notice");
        assertThat(notice.attr("role")).isEqualTo("status");
        assertThat(notice.text()).isEqualTo("已发送合作请求，对方会在合作收件箱中看到。");

        long partnerId = Long.parseLong(form.fields().get("partnerId").get(0));
        List<Integer> requested = given().when().get("/api/cooperations?size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.needId == " + requestNeed + " && it.partnerId == " + partnerId + " }.id");
        assertThat(requested).hasSize(1);

        Response second = PageForm.of(needPage, "li.match form.request").post();
        assertThat(second.header("Location")).endsWith("?notice=ALREADY_REQUESTED#notice");
        Element refused = page(needPage + "?notice=ALREADY_REQUESTED").selectFirst("#notice");
        assertThat(refused.attr("role")).isEqualTo("alert");
        assertThat(refused.text()).isEqualTo("未发送：已向该合作方发出过请求，或需求已关闭。");
        assertThat(given().when().get("/api/cooperations?size=100").then().extract().jsonPath()
                .getList("items.findAll { it.needId == " + requestNeed + " }.id")).hasSize(1);
    }

    @Test
    @TestSecurity(user = OTHER, roles = "enterprise")
    void aRequestOnAnotherEnterprisesNeedIsRefusedWithAMessageNotAnError() {
        long partner = firstPartnerId();
        // No request form is shown to this reader: the post is made up, with the session's CSRF token of another form.
        PageForm session = PageForm.of("/needs/" + need, "form[action=/signout]").to("/needs/" + need + "/cooperations");
        Response refused = session.with("partnerKind", "institution").with("partnerId", Long.toString(partner)).post();
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.header("Location")).endsWith("/needs/" + need + "?notice=NOT_YOURS#notice");
        assertThat(page("/needs/" + need + "?notice=NOT_YOURS").selectFirst("#notice").text()).isEqualTo("只有需求所属企业的负责人可以发起合作请求。");

        Response nonsense = session.with("partnerKind", "enterprise").with("partnerId", "x").post();
        assertThat(nonsense.header("Location")).endsWith("?notice=INVALID#notice");
    }

    @Test
    @TestSecurity(user = OTHER, roles = "enterprise")
    void aPartnersOpenNeedsAreListedForApprovedMembersInTheApisOrder() {
        long partner = firstPartnerId();
        assertThat(page("/institutions/" + partner).select("a[href=/institutions/" + partner + "/needs]")).hasSize(1);
        Document page = page("/institutions/" + partner + "/needs");
        List<String> apiOrder = given().when().get("/api/institutions/{id}/matches", partner).then().statusCode(200).extract().jsonPath()
                .getList("items.name", String.class);
        assertThat(apiOrder).isNotEmpty();
        assertThat(page.select("li.match h3 a").eachText()).isEqualTo(apiOrder);
        assertThat(page.select("li.match h3 a").eachAttr("href")).allMatch(href -> href.matches("/needs/\\d+"));
        assertThat(page.select("li.match h3 a").eachText()).doesNotContain("保密：新款鞋底防滑配方检测");
    }

    @Test
    @TestSecurity(user = STRANGER, roles = "enterprise")
    void aUserTheLibraryGrantedNothingSeesNoOpenNeedsAndCannotPostANeed() {
        long partner = firstPartnerId();
        given().when().get("/institutions/" + partner + "/needs").then().statusCode(403);
        assertThat(page("/institutions/" + partner).select("a[href$=/needs]")).isEmpty();
        Document editor = page("/needs/new");
        assertThat(editor.select("#need-form")).isEmpty();
        assertThat(editor.select("main").text()).contains("发布需求需要先登记或认领您的企业。");
    }

    @Test
    @TestSecurity(user = OWNER, roles = "enterprise")
    void thePreviewListsPartnersAndProposesWhatTheDictionaryFinds() {
        PageForm editor = PageForm.of("/needs/new", "#need-form");
        String previewRoute = page("/needs/new").selectFirst("#preview").attr("hx-post");
        assertThat(previewRoute).startsWith("/needs/preview");

        Document preview = Jsoup.parse(editor.to(previewRoute).with("title", "运动鞋大底湿滑，需要提升鞋底防滑").post().then().statusCode(200)
                .extract().asString());
        assertThat(preview.select("li.match")).isNotEmpty();
        assertThat(preview.select("li.match .score meter")).isNotEmpty();
        assertThat(preview.select("button[data-check]").eachAttr("data-check")).containsExactly("industry-FOOTWEAR", "category-TESTING_CERTIFICATION");
        assertThat(preview.select("button[data-keyword]").eachAttr("data-keyword")).containsExactly("运动鞋", "鞋底", "防滑");

        // What the form holds already is not proposed again.
        Document chosen = Jsoup.parse(editor.to(previewRoute).with("title", "运动鞋大底湿滑，需要提升鞋底防滑").with("industries", "FOOTWEAR")
                .with("keywords", "鞋底，防滑").post().then().statusCode(200).extract().asString());
        assertThat(chosen.select("button[data-check]").eachAttr("data-check")).containsExactly("category-TESTING_CERTIFICATION");
        assertThat(chosen.select("button[data-keyword]").eachAttr("data-keyword")).containsExactly("运动鞋");

        Document empty = Jsoup.parse(editor.to(previewRoute).post().then().statusCode(200).extract().asString());
        assertThat(empty.select("li.match, button")).isEmpty();
        assertThat(empty.text()).isEqualTo("输入标题、描述或选择能力类别后显示可能的合作方。");

        Document tooLong = Jsoup.parse(editor.to(previewRoute).with("description", "鞋底防滑".repeat(1001)).post().then().statusCode(200)
                .extract().asString());
        assertThat(tooLong.select("li.match, button")).isEmpty();
        assertThat(tooLong.text()).isEqualTo("内容超出长度限制，无法预览。");
    }

    @Test
    @TestSecurity(user = OWNER, roles = "enterprise")
    void theEditorPostsTheNeedThroughTheApisServiceAndShowsIt() {
        PageForm form = PageForm.of("/needs/new", "#need-form");
        assertThat(form.fields().get("enterpriseId")).containsExactly(Long.toString(enterprise));
        Response posted = form.with("title", "童鞋鞋底耐磨检测").with("description", "需要检测童鞋大底耐磨性能")
                .with("industries", "FOOTWEAR").with("categories", "TESTING_CERTIFICATION", "MATERIAL_RD")
                .with("keywords", "耐磨， 童鞋、大底").with("budgetMin", "5000").with("budgetMax", "20000.50")
                .with("useVoucher", "true").with("preferredScope", "LOCAL").post();
        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.header("Location");
        assertThat(location).matches(".*/needs/\\d+$");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        given().contentType(ContentType.JSON).when().get("/api/needs/{id}", id).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("童鞋鞋底耐磨检测"))
                .body("enterpriseId", org.hamcrest.Matchers.equalTo((int) enterprise))
                .body("categories", org.hamcrest.Matchers.contains("TESTING_CERTIFICATION", "MATERIAL_RD"))
                .body("keywords", org.hamcrest.Matchers.contains("耐磨", "童鞋", "大底"))
                .body("budgetMax", org.hamcrest.Matchers.equalTo(20000.5f))
                .body("useVoucher", org.hamcrest.Matchers.equalTo(true))
                .body("preferredScope", org.hamcrest.Matchers.equalTo("LOCAL"))
                .body("confidential", org.hamcrest.Matchers.equalTo(false));
        assertThat(page("/needs/" + id).select("h1").text()).isEqualTo("童鞋鞋底耐磨检测");
    }

    @Test
    @TestSecurity(user = OWNER, roles = "enterprise")
    void badFieldsComeBackBesideTheirFieldsWithNothingTypedLost() {
        PageForm form = PageForm.of("/needs/new", "#need-form").with("title", "  ").with("industries")
                .with("description", "鞋底<b>防滑</b>").with("keywords", "防滑, 大底").with("budgetMin", "abc").with("budgetMax", "100")
                .with("categories", "TESTING_CERTIFICATION");
        Response answer = form.post();
        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(answer.asString());
        assertThat(page.select(".field-error").eachAttr("id")).containsExactlyInAnyOrder("title-error", "industries-error", "budgetMin-error");
        assertThat(page.selectFirst("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#title").attr("aria-describedby")).isEqualTo("title-error");
        assertThat(page.selectFirst("#budgetMin-error").text()).contains("must be a number");
        assertThat(page.selectFirst("#description").text()).isEqualTo("鞋底<b>防滑</b>");
        assertThat(page.selectFirst("#keywords").val()).isEqualTo("防滑, 大底");
        assertThat(page.selectFirst("#budgetMin").val()).isEqualTo("abc");
        assertThat(page.selectFirst("#category-TESTING_CERTIFICATION").hasAttr("checked")).isTrue();
        assertThat(page.select("#description b")).isEmpty();

        Document range = Jsoup.parse(PageForm.of("/needs/new", "#need-form").with("title", "鞋底防滑").with("industries", "FOOTWEAR")
                .with("budgetMin", "500").with("budgetMax", "100").post().then().statusCode(400).extract().asString());
        assertThat(range.select(".field-error").eachAttr("id")).containsExactly("budgetMax-error");
        assertThat(range.selectFirst("#budgetMax-error").text()).contains("must be greater than or equal to budgetMin");

        Document foreign = Jsoup.parse(PageForm.of("/needs/new", "#need-form").with("title", "鞋底防滑").with("industries", "FOOTWEAR")
                .with("enterpriseId", "999999999").post().then().statusCode(400).extract().asString());
        assertThat(foreign.select(".field-error").eachAttr("id")).containsExactly("enterpriseId-error");
    }

    @Test
    @TestSecurity(user = OWNER, roles = "enterprise")
    void markupInANeedsTitleIsShownAsText() {
        Document page = page("/needs/" + hostileNeed);
        assertThat(page.select("main script, main img")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo(HostileRecords.MARKUP + " 鞋底防滑");
        assertThat(page.title()).startsWith(HostileRecords.MARKUP);
    }

    @Test
    @TestSecurity(user = OWNER, roles = "enterprise")
    void needPagesRunNothingInlineAndLabelEveryField() {
        long partner = firstPartnerId();
        for (String path : List.of("/needs/" + need, "/needs/" + need + "?lang=en", "/needs/new", "/institutions/" + partner + "/needs")) {
            Response response = given().when().get(path).then().statusCode(200).extract().response();
            assertThat(response.header("Content-Security-Policy")).as(path).isEqualTo(PagesHtmlTest.POLICY);
            Document page = Jsoup.parse(response.asString());
            for (Element script : page.select("script")) {
                assertThat(script.hasAttr("src") && script.data().isBlank()).as(path + ": " + script).isTrue();
            }
            for (Element element : page.getAllElements()) {
                assertThat(element.attributes().asList()).as(path + ": " + element.tagName())
                        .noneMatch(a -> a.getKey().toLowerCase().startsWith("on") || a.getKey().equalsIgnoreCase("style")
                                || a.getKey().startsWith("hx-on"));
            }
            for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
                assertThat(!field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty()).as(path + ": " + field).isTrue();
            }
            for (Element meter : page.select("meter")) {
                assertThat(meter.hasAttr("aria-label") || meter.hasAttr("aria-labelledby")).as(path + ": " + meter).isTrue();
            }
            assertThat(page.select("main form[method=post]")).as(path).allMatch(f -> f.attr("action").startsWith("/needs"));
        }
    }
}
