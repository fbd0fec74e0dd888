package cn.wenzhou.fashion.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.RealKeycloak;
import io.restassured.specification.RequestSpecification;

/**
 * The steps the signed-in journeys share: the realm's users sign in on Keycloak's own form and out through the header,
 * post the pages' forms, and write their starting records through the API with their real tokens.
 */
final class SignedInJourney implements AutoCloseable {

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final URL base;

    /** A Chinese-reading headless Chromium on the service at {@code base}. */
    SignedInJourney(URL base) {
        this.base = base;
        driver = HeadlessChromium.start("zh-CN,zh");
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
    }

    /** A refused post answers with the page and the reason; an accepted one redirects to {@code page} with {@code done}. */
    void submit(String form, String page, String done) {
        WebElement before = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(form + " button[type=submit]")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(d -> d.getCurrentUrl().contains("done=") || !d.findElements(By.cssSelector("main .notice.refused")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("main .notice.refused"))).as("refusal of " + form)
                .extracting(WebElement::getText).isEmpty();
        assertThat(driver.getCurrentUrl()).contains(page + "?done=" + done);
        HeadlessChromium.checked(driver);
    }

    /** Opens {@code path}, which asks for a sign-in, and signs in as the realm's {@code user} (password {@code <user>-dev}). */
    void signIn(String user, String path) {
        signInFrom(user, path, path);
    }

    /** Opens {@code start}, which leads to Keycloak's form, signs in as {@code user} and waits to be back at {@code path}. */
    void signInFrom(String user, String start, String path) {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get(base + start);
        HeadlessChromium.signInOnKeycloak(driver, user, user + "-dev");
        wait.until(ExpectedConditions.urlToBe(base + path));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".user-name strong"), user));
        HeadlessChromium.checked(driver);
    }

    void signOut() {
        driver.findElement(By.cssSelector("form[action='/signout'] button")).click();
        wait.until(ExpectedConditions.urlToBe(base.toString()));
    }

    @Override
    public void close() {
        driver.quit();
    }

    static RequestSpecification as(String user) {
        return Parties.as(RealKeycloak.accessToken(user));
    }

    static long created(RequestSpecification as, String path, String body) {
        return as.body(body).when().post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
