package cn.wenzhou.fashion.web.pages;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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
}
