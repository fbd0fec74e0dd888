package cn.wenzhou.fashion.web.pages;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
