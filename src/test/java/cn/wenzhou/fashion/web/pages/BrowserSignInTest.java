package cn.wenzhou.fashion.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.wenzhou.fashion.testsupport.RealKeycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Signing in to the pages for real: headless Chromium, the real Keycloak of the end-to-end suite (the same profile,
 * so the same Keycloak), its own login form, back to the page signed in; signing out ends Keycloak's session too.
 */
@QuarkusTest
@Tag("browser")
@TestProfile(RealKeycloak.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSignInTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void browser() {
        driver = HeadlessChromium.start("en");
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anEnterpriseUserSignsInOnKeycloaksPageAndOutAgain() {
        driver.get(base + "search?q=" + "鞋底");
        assertThat(driver.findElements(By.cssSelector(".user-name"))).isEmpty();
        driver.findElement(By.cssSelector("a.sign-in")).click();

        HeadlessChromium.signInOnKeycloak(driver, "ent-a", "ent-a-dev");
        wait.until(ExpectedConditions.urlContains(base + "search?q="));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".user-name strong"), "ent-a"));
        assertThat(driver.getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
        noPolicyViolations();

        driver.findElement(By.cssSelector("form[action='/signout'] button")).click();
        wait.until(ExpectedConditions.urlToBe(base.toString()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.sign-in")));
        assertThat(driver.findElements(By.cssSelector(".user-name"))).isEmpty();
        noPolicyViolations();

        // Keycloak's session ended too: signing in again asks for the password again.
        driver.findElement(By.cssSelector("a.sign-in")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    private void noPolicyViolations() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertThat(HeadlessChromium.policyViolations(driver)).as("CSP violations on " + driver.getCurrentUrl()).isEmpty();
    }
}
