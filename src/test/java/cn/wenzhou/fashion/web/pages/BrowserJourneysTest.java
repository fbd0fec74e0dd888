package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.Corpus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The anonymous journeys in the system's headless Chromium against the running service. Every page load is watched
 * for content-security-policy violations (a listener installed before the page's own scripts) and checked with
 * axe-core; each journey leaves a screenshot of its last page in {@code target/}.
 */
@QuarkusTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneysTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private long hostile;

    @BeforeAll
    void browserAndRecords() {
        driver = HeadlessChromium.start("zh-CN,zh");
        BeforeAllRequests.run(() -> {
            Corpus.importAsAdmin();
            hostile = HostileRecords.institution();
        });
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Each journey starts without a remembered language. */
    @BeforeEach
    void forgetLanguage() {
        driver.get(base.toString() + "pages.css");
        driver.manage().deleteAllCookies();
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anonymousSearchesNarrowsByTwoFacetsAndOpensAProfileWithoutContactsOrNeeds() {
        open("/");
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("鞋底");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#suggestions li a")));
        checked();
        box.sendKeys("防滑");
        box.submit();
        wait.until(ExpectedConditions.urlContains("/search"));
        checked();
        long all = total();
        assertThat(all).isPositive();

        WebElement institutions = driver.findElement(By.id("f-kind-institution"));
        long institutionCount = countBeside(institutions);
        assertThat(institutionCount).isLessThan(all);
        tick(institutions);
        assertThat(total()).isEqualTo(institutionCount);
        // Other tests' records may share names: the hits are compared by what they link to.
        assertThat(hitLinks()).isNotEmpty().allMatch(link -> link.contains("/institutions/"));
        assertThat(driver.findElement(By.id("f-kind-institution")).isSelected()).isTrue();

        WebElement district = driver.findElements(By.cssSelector("input[name=district]")).stream()
                .filter(box2 -> countBeside(box2) < total()).findFirst()
                .orElseThrow(() -> new AssertionError("no district narrows the institutions found"));
        long districtCount = countBeside(district);
        tick(district);
        assertThat(total()).isEqualTo(districtCount);
        assertThat(hitLinks()).isNotEmpty().hasSizeLessThanOrEqualTo((int) districtCount).allMatch(link -> link.contains("/institutions/"));
        assertThat(driver.getCurrentUrl()).contains("kind=institution").contains("district=");

        driver.findElement(By.cssSelector(".hit h3 a")).click();
        wait.until(ExpectedConditions.urlContains("/institutions/"));
        checked();
        assertThat(driver.findElements(By.id("contact-heading"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("kind=need").doesNotContain("@example");
        screenshot("journey-1-anonymous");
    }

    @Test
    void markupInARecordShowsAsTextAndRunsNothing() {
        open("/search?q=" + HostileRecords.WORD);
        noAlert();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(HostileRecords.MARKUP);
        driver.findElement(By.cssSelector("a[href='/institutions/" + hostile + "']")).click();
        wait.until(ExpectedConditions.urlContains("/institutions/" + hostile));
        checked();
        noAlert();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(HostileRecords.MARKUP);
        assertThat(driver.findElements(By.cssSelector("main img, main script"))).isEmpty();
        screenshot("journey-4-hostile");
    }

    @Test
    void englishAndBackAndNoSidewaysScrollingAt360Pixels() {
        open("/search?q=鞋底防滑");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        driver.findElement(By.cssSelector("a.lang")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        checked();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Search the library");
        open("/");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as("the choice is remembered").isEqualTo("en");
        driver.findElement(By.cssSelector("a.lang")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        checked();

        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        try {
            open("/search?q=鞋底防滑&industry=FOOTWEAR");
            var js = (JavascriptExecutor) driver;
            assertThat(((Number) js.executeScript("return window.innerWidth")).longValue()).isEqualTo(360);
            assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue()).isLessThanOrEqualTo(360);
            screenshot("journey-5-language-360px");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The need editor as its owner uses it: partners and proposals appear while typing, one click accepts a proposal. */
    @Test
    @TestSecurity(user = "journey-need-editor", roles = "enterprise")
    void theNeedEditorListsPartnersWhileTypingAndAcceptsProposalsWithOneClick() {
        given().contentType(ContentType.JSON).body("{\"name\":\"温州浏览器测试鞋业\",\"industries\":[\"FOOTWEAR\"],\"district\":\"OUHAI\"}")
                .when().post("/api/enterprises").then().statusCode(201);
        open("/needs/new");
        driver.findElement(By.id("title")).sendKeys("运动鞋大底湿滑，需要提升防滑性能");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview li.match .score meter")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-check='industry-FOOTWEAR']"))).click();
        wait.until(ExpectedConditions.elementSelectionStateToBe(By.id("industry-FOOTWEAR"), true));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-keyword='鞋底']"))).click();
        assertThat(driver.findElement(By.id("keywords")).getAttribute("value")).isEqualTo("鞋底");
        // The list is asked again without what was accepted.
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button[data-check='industry-FOOTWEAR']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview li.match")));
        checked();
        screenshot("journey-2-need-editor");

        driver.findElement(By.cssSelector("#need-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/needs/\\d+$"));
        checked();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("运动鞋大底湿滑，需要提升防滑性能");
        assertThat(driver.findElements(By.cssSelector("li.match form.request"))).isNotEmpty();
    }

    private void open(String path) {
        driver.get(URI.create(base.toString()).resolve(path).toString());
        checked();
    }

    private void checked() {
        HeadlessChromium.checked(driver);
    }

    /**
     * Ticks a checkbox, which submits the search form: waits for the new page by its address. Chrome
     * may answer a question about the old page's elements during the navigation with an inspector
     * error rather than "stale", so the old page's elements are not asked.
     */
    private void tick(WebElement checkbox) {
        String before = driver.getCurrentUrl();
        checkbox.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> !before.equals(d.getCurrentUrl()));
        checked();
    }

    private long total() {
        return Long.parseLong(driver.findElement(By.id("total")).getText());
    }

    private List<String> hitLinks() {
        return driver.findElements(By.cssSelector(".hit h3 a")).stream().map(link -> link.getAttribute("href")).toList();
    }

    private long countBeside(WebElement checkbox) {
        return Long.parseLong(driver.findElement(By.cssSelector("label[for='" + checkbox.getAttribute("id") + "'] .count")).getText());
    }

    private void noAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private void screenshot(String name) {
        HeadlessChromium.screenshot(driver, name);
    }
}
