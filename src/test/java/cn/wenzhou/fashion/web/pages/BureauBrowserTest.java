package cn.wenzhou.fashion.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.wenzhou.fashion.testsupport.DevIdentityOn;
import cn.wenzhou.fashion.testsupport.VoucherHistory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The dashboard in the system's headless Chromium: its charts are drawn (an SVG in each chart container) under the
 * pages' content security policy, with no violation and no serious accessibility finding. A browser cannot carry
 * {@code @TestSecurity}, so this class runs with the dev identity on (requests without a token act as the dev admin).
 */
@QuarkusTest
@Tag("browser")
@TestProfile(DevIdentityOn.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BureauBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver driver;

    @BeforeAll
    void browserAndHistory() {
        VoucherHistory.write(2012, "浏览器工作台企业");
        driver = HeadlessChromium.start("zh-CN,zh");
    }

    @AfterAll
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theDashboardDrawsItsChartsAsSvgWithinThePolicy() {
        driver.get(base.toString() + "bureau?from=2012&to=2012");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        for (String chart : List.of("chart-district", "chart-industry", "chart-year", "chart-funnel")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " svg")));
        }
        // The district chart has a bar per district of 2012 (Lucheng, Ouhai), in each of its two series.
        assertThat(driver.findElement(By.cssSelector("#chart-district svg")).getAttribute("innerHTML")).contains("鹿城区").contains("瓯海区");

        HeadlessChromium.checked(driver);
        HeadlessChromium.screenshot(driver, "bureau-dashboard");
    }
}
