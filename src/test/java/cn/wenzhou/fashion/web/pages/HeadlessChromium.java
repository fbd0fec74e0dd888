package cn.wenzhou.fashion.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The system's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) as the browser tests drive
 * it, every page load watched for content-security-policy violations.
 */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Runs before any script of every page, so a violation while the page loads is caught too. */
    private static final String WATCH_CSP = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    private HeadlessChromium() {
    }

    /** A browser whose readers ask for these languages first (an Accept-Language value such as {@code zh-CN,zh}). */
    static ChromeDriver start(String languages) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install them with `apt-get install -y chromium chromium-driver` (.ci/run does so when they are missing)");
        }
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                        "--lang=" + languages.split(",")[0]);
        // A headless browser asks for English by default, whatever --lang says.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        var driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_CSP));
        return driver;
    }

    /** The violations of the content security policy on the current page since it loaded. */
    static List<?> policyViolations(ChromeDriver driver) {
        return (List<?>) driver.executeScript("return window.__cspViolations");
    }

    /** The page in the browser, once loaded, broke no content-security rule and has no serious or critical axe-core finding. */
    static void checked(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertThat(policyViolations(driver)).as("CSP violations on " + driver.getCurrentUrl()).isEmpty();
        List<Rule> serious = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> Set.of("serious", "critical").contains(rule.getImpact())).toList();
        assertThat(serious).as("axe-core on " + driver.getCurrentUrl())
                .extracting(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getHtml()).toList()).isEmpty();
    }

    /** The current page as {@code target/<name>.png}. */
    static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signs in on the real Keycloak's own login form, where the pages sent the browser (the pages' client, with PKCE).
     * The caller waits for the page it expects back.
     */
    static void signInOnKeycloak(ChromeDriver driver, String user, String password) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).contains("/realms/library/protocol/openid-connect/auth").contains("client_id=library-pages")
                .contains("code_challenge_method=S256");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }
}
