package cn.wenzhou.fashion.web.pages;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.RealKeycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * The signed-in journeys in the system's headless Chromium against the real Keycloak of the end-to-end suite: the
 * realm's demo users sign in on Keycloak's own login form and take every step of the workflow on the pages, from
 * drafting a need to the bureau's payout. Only the records the journeys start from are written through the API, with
 * the users' real tokens: an approved enterprise of ent-a with a verified credit code, and a registered voucher
 * provider owned by inst-a. Every page is checked for policy violations and with axe-core.
 */
@QuarkusTest
@Tag("browser")
@TestProfile(RealKeycloak.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserWorkflowJourneysTest {

    /** Words of the need that the provider's capability ("成品鞋防滑性能检测", tags 防滑, 检测) answers. */
    private static final String NEED_WORDS = "成品鞋湿态防滑性能检测";

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private long enterpriseId;
    private long institutionId;
    private String institutionName;

    @BeforeAll
    void browserAndParties() {
        BeforeAllRequests.run(() -> {
            enterpriseId = created(as("ent-a"), "/api/enterprises", """
                    {"name":"%s","creditCode":"%s","industries":["FOOTWEAR"],"district":"OUHAI","size":"SMALL","description":"生产男士皮鞋",
                     "contact":{"person":"李总","phone":"0577-11112222","email":"li@example.cn"}}
                    """.formatted(unique("温州旅程鞋业"), Fixtures.uniqueCreditCode()));
            as("admin").body("{}").when().post("/api/enterprises/{id}/approval", enterpriseId).then().statusCode(200);
            as("admin").when().post("/api/enterprises/{id}/verification", enterpriseId).then().statusCode(200)
                    .body("creditCodeVerified", equalTo(true));
            // The provider's owner registers it; the bureau marks it a voucher provider and approves its owner, as Parties does.
            institutionName = unique("瓯江鞋材检测中心");
            String registry = Fixtures.institution(unique("inst"), institutionName);
            institutionId = created(as("inst-a"), "/api/institutions", Fixtures.asUserSends(registry));
            as("admin").body(registry).when().put("/api/institutions/{id}", institutionId).then().statusCode(200);
            as("admin").body("{}").when().post("/api/institutions/{id}/approval", institutionId).then().statusCode(200);
        });
        driver = HeadlessChromium.start("zh-CN,zh");
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
    }

    /** Each journey starts signed out, in the service and in Keycloak. */
    @BeforeEach
    void signedOut() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Journey 2: sign in on Keycloak, draft a need while its partners appear, post it, request cooperation from its page. */
    @Test
    void anEnterpriseUserDraftsANeedSeesPartnersWhileTypingPostsItAndRequestsCooperation() {
        String title = NEED_WORDS + " " + unique("旅程");
        signIn("ent-a", "ent-a-dev", "needs/new");
        new Select(driver.findElement(By.id("enterpriseId"))).selectByValue(Long.toString(enterpriseId));
        driver.findElement(By.id("title")).sendKeys(title);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview li.match a[href='/institutions/" + institutionId + "']")));
        assertThat(driver.findElement(By.id("preview")).getText()).contains(institutionName);
        driver.findElement(By.id("industry-FOOTWEAR")).click();
        driver.findElement(By.id("category-TESTING_CERTIFICATION")).click();
        driver.findElement(By.id("useVoucher")).click();
        checked();

        driver.findElement(By.cssSelector("#need-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/needs/\\d+$"));
        checked();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        long needId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/needs/", ""));

        WebElement message = driver.findElement(By.id("message-institution-" + institutionId));
        message.sendKeys("希望合作做防滑检测");
        message.submit();
        wait.until(ExpectedConditions.urlContains("notice=REQUESTED"));
        checked();
        assertThat(driver.findElement(By.id("notice")).getAttribute("role")).isEqualTo("status");
        HeadlessChromium.screenshot(driver, "journey-2-cooperation-requested");

        as("ent-a").queryParam("size", 50).when().get("/api/cooperations").then().statusCode(200)
                .body("items.find { it.needId == %s && it.partnerId == %s }.status".formatted(needId, institutionId), equalTo("REQUESTED"))
                .body("items.find { it.needId == %s && it.partnerId == %s }.message".formatted(needId, institutionId), equalTo("希望合作做防滑检测"));
        signOut();
    }

    /**
     * Journey 3, in the order of the API's workflow tests: the provider accepts and proposes terms, the enterprise
     * confirms them and applies for a voucher, an admin approves it, both confirm the completion, the enterprise
     * requests the redemption with its contract and invoice, the provider confirms it, a second admin pays it out, and
     * the dashboard's figures grow by the payout.
     */
    @Test
    void bothSidesAgreeAndCompleteTheVoucherIsApprovedRedeemedConfirmedAndPaidByTwoAdmins() {
        long cooperation = requestedCooperation();
        String card = "#c" + cooperation + "-";

        signIn("inst-a", "inst-a-dev", "workspace");
        act(card + "ACCEPT", "ACCEPT");
        new Select(driver.findElement(By.id("c" + cooperation + "-PROPOSE_TERMS-type"))).selectByValue("JOINT_PROJECT");
        driver.findElement(By.id("c" + cooperation + "-PROPOSE_TERMS-terms")).sendKeys("成品鞋湿态防滑检测，出具检测报告");
        date("c" + cooperation + "-PROPOSE_TERMS-startDate", "2025-03-01");
        date("c" + cooperation + "-PROPOSE_TERMS-endDate", "2025-12-31");
        act(card + "PROPOSE_TERMS", "PROPOSE_TERMS");
        assertThat(driver.findElements(By.cssSelector(card + "CONFIRM_TERMS"))).as("the proposer does not confirm its own terms").isEmpty();
        signOut();

        signIn("ent-a", "ent-a-dev", "workspace");
        assertThat(driver.findElement(By.cssSelector("#cooperation-" + cooperation + " .terms")).getText()).contains("成品鞋湿态防滑检测，出具检测报告");
        act(card + "CONFIRM_TERMS", "CONFIRM_TERMS");
        new Select(driver.findElement(By.id("c" + cooperation + "-APPLY-category"))).selectByValue("TESTING_CERTIFICATION");
        driver.findElement(By.id("c" + cooperation + "-APPLY-amount")).sendKeys("8000");
        act(card + "APPLY", "APPLY");
        String voucherCard = driver.findElement(By.xpath("//article[contains(@class,'voucher')][.//a[@href='#cooperation-" + cooperation + "']]"))
                .getAttribute("id");
        long voucher = Long.parseLong(voucherCard.substring("voucher-".length()));
        signOut();

        signIn("admin", "admin-dev", "bureau");
        String approval = "form[action='/bureau/vouchers/" + voucher + "/approve']";
        driver.findElement(By.id("voucher-" + voucher + "-approve-reason")).sendKeys("材料齐全");
        decide(approval, "VOUCHER_APPROVED");
        assertThat(driver.findElements(By.cssSelector(approval))).as("the application left the queue").isEmpty();
        signOut();

        signIn("inst-a", "inst-a-dev", "workspace");
        act(card + "START", "START");
        new Select(driver.findElement(By.id("c" + cooperation + "-COMPLETE-rating"))).selectByValue("5");
        driver.findElement(By.id("c" + cooperation + "-COMPLETE-comment")).sendKeys("付款及时");
        act(card + "COMPLETE", "COMPLETE");
        signOut();

        signIn("ent-a", "ent-a-dev", "workspace");
        new Select(driver.findElement(By.id("c" + cooperation + "-COMPLETE-rating"))).selectByValue("4");
        act(card + "COMPLETE", "COMPLETE");
        String redemption = "v" + voucher + "-REDEEM-";
        driver.findElement(By.id(redemption + "amount")).sendKeys("7800.50");
        String contract = unique("HT");
        String invoice = unique("INV");
        driver.findElement(By.id(redemption + "contractReference")).sendKeys(contract);
        driver.findElement(By.id(redemption + "invoiceReference")).sendKeys(invoice);
        act("#v" + voucher + "-REDEEM", "VOUCHER_REDEEM");
        assertThat(driver.findElement(By.id("voucher-" + voucher)).getText()).contains("7800.5").contains(contract).contains(invoice);
        signOut();

        signIn("inst-a", "inst-a-dev", "workspace");
        act("#v" + voucher + "-CONFIRM", "VOUCHER_CONFIRM");
        signOut();

        signIn("admin-b", "admin-b-dev", "bureau");
        BigDecimal paidBefore = totalPaid();
        long enterprisesBefore = totalEnterprises();
        String payout = "form[action='/bureau/vouchers/" + voucher + "/pay']";
        driver.findElement(By.id("payout-" + voucher + "-pay-reason")).sendKeys("合同发票核对无误");
        decide(payout, "VOUCHER_PAID");
        assertThat(driver.findElements(By.cssSelector(payout))).as("the payout left the queue").isEmpty();
        assertThat(totalPaid()).isEqualByComparingTo(paidBefore.add(new BigDecimal("7800.50")));
        assertThat(totalEnterprises()).isEqualTo(enterprisesBefore + 1);
        for (String chart : List.of("chart-district", "chart-year")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + ".chart svg")));
        }
        assertThat(driver.findElement(By.cssSelector("#chart-district svg")).getAttribute("innerHTML")).contains("瓯海区");
        checked();
        driver.executeScript("document.getElementById('figures').scrollIntoView()");
        HeadlessChromium.screenshot(driver, "journey-3-dashboard-paid");

        as("admin").when().get("/api/vouchers/{id}", voucher).then().statusCode(200)
                .body("status", equalTo("PAID")).body("contractReference", equalTo(contract)).body("invoiceReference", equalTo(invoice));
        as("admin").when().get("/api/cooperations/{id}", cooperation).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("enterpriseRating", equalTo(4)).body("partnerRating", equalTo(5))
                .body("partnerComment", equalTo("付款及时"));
        signOut();
    }

    /** A need of ent-a's enterprise with cooperation requested from inst-a's provider, through the API. */
    private long requestedCooperation() {
        long need = created(as("ent-a"), "/api/needs", """
                {"enterpriseId":%d,"title":"%s","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"],"useVoucher":true}
                """.formatted(enterpriseId, NEED_WORDS + " " + unique("旅程")));
        return created(as("ent-a"), "/api/cooperations", """
                {"needId":%d,"partnerKind":"institution","partnerId":%d,"message":"希望合作"}""".formatted(need, institutionId));
    }

    /** Submits the workspace's form {@code form} and waits for the workspace's confirmation {@code done}. */
    private void act(String form, String done) {
        submit(form, "/workspace", done);
    }

    /** Submits a decision of the bureau's queues and waits for the dashboard's confirmation {@code done}. */
    private void decide(String form, String done) {
        submit(form, "/bureau", done);
    }

    /** A refused post answers with the page and the reason; an accepted one redirects to {@code page} with {@code done}. */
    private void submit(String form, String page, String done) {
        // The page before already carries a done= of the previous action: wait for the new page, not for the URL.
        WebElement before = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(form + " button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(d -> d.getCurrentUrl().contains("done=") || !d.findElements(By.cssSelector("main .notice.refused")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("main .notice.refused"))).as("refusal of " + form)
                .extracting(WebElement::getText).isEmpty();
        assertThat(driver.getCurrentUrl()).contains(page + "?done=" + done);
        checked();
    }

    /** A date input set as its date picker sets it (typing depends on the browser's locale). */
    private void date(String id, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), isoDate);
    }

    /** The dashboard's total of paid vouchers (the third figure at a glance) and the enterprises they went to (the first). */
    private BigDecimal totalPaid() {
        return new BigDecimal(driver.findElements(By.cssSelector(".glance li:first-child strong")).get(2).getText().strip());
    }

    private long totalEnterprises() {
        return Long.parseLong(driver.findElements(By.cssSelector(".glance li:first-child strong")).get(0).getText().strip());
    }

    private void signIn(String user, String password, String path) {
        driver.get(base + path);
        HeadlessChromium.signInOnKeycloak(driver, user, password);
        wait.until(ExpectedConditions.urlToBe(base + path));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".user-name strong"), user));
        checked();
    }

    private void signOut() {
        driver.findElement(By.cssSelector("form[action='/signout'] button")).click();
        wait.until(ExpectedConditions.urlToBe(base.toString()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.sign-in")));
    }

    private void checked() {
        HeadlessChromium.checked(driver);
    }

    /** API requests with the real token of a user of the realm. */
    private static RequestSpecification as(String user) {
        return Parties.as(RealKeycloak.accessToken(user));
    }

    private static long created(RequestSpecification as, String path, String body) {
        return as.body(body).when().post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
