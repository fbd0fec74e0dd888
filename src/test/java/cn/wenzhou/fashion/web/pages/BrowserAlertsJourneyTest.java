package cn.wenzhou.fashion.web.pages;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.web.pages.SignedInJourney.as;
import static cn.wenzhou.fashion.web.pages.SignedInJourney.created;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import cn.wenzhou.fashion.testsupport.TestSmtp;
import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import cn.wenzhou.fashion.testsupport.RealKeycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The journey of alerts, in the system's headless Chromium against the real Keycloak of the end-to-end suite, with a
 * real SMTP server in the test JVM (GreenMail, on the port of {@code %test.quarkus.mailer.port}): inst-a follows its
 * testing lab's capabilities on the workspace, ent-a posts a need for that testing on the need editor, and inst-a finds
 * the need in the inbox, opens its page from there, and has a mail about it at the realm's verified address. Only the
 * two profiles are written through the API.
 */
@QuarkusTest
@Tag("browser")
@TestProfile(RealKeycloak.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserAlertsJourneyTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    /** The realm's verified address of inst-a. */
    private static final String INSTITUTION_MAIL = "inst-a@library.example.cn";
    /** Indexing the need, matching it against the alerts and sending the mail all run in the background. */
    private static final Duration NEWS = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URL base;

    private SignedInJourney journey;
    private ChromeDriver driver;
    private final String topic = unique("能力关注");
    private final String needTitle = topic + "鞋底防滑检测";
    private long institutionId;
    private long enterpriseId;

    @BeforeAll
    void browserAndProfiles() {
        BeforeAllRequests.run(() -> {
            String lab = Fixtures.institution(unique("alerts-inst"), topic + "检测实验室");
            institutionId = created(as("inst-a"), "/api/institutions", Fixtures.asUserSends(lab));
            // The registry's marks (voucher provider, settled) as the bureau keeps them.
            as("admin").body(lab).when().put("/api/institutions/{id}", institutionId).then().statusCode(200);
            as("admin").body("{}").when().post("/api/institutions/{id}/approval", institutionId).then().statusCode(200);
            enterpriseId = created(as("ent-a"), "/api/enterprises", """
                    {"name":"%s","creditCode":"%s","industries":["FOOTWEAR"],"district":"OUHAI","size":"SMALL","description":"生产男士皮鞋"}"""
                    .formatted(unique("温州提醒测试鞋业有限公司"), Fixtures.uniqueCreditCode()));
            as("admin").body("{}").when().post("/api/enterprises/{id}/approval", enterpriseId).then().statusCode(200);
            IndexingBacklog.awaitEmpty();
        });
        journey = new SignedInJourney(base);
        driver = journey.driver;
    }

    @AfterAll
    void quit() {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void anInstitutionFollowingItsCapabilitiesFindsAMatchingNewNeedInItsInboxAndInAMail() throws Exception {
        journey.signIn("inst-a", "workspace");
        journey.submit("#follow-institution-" + institutionId, "/workspace", "FOLLOW");
        journey.signOut();

        journey.signIn("ent-a", "needs/new");
        new Select(driver.findElement(By.id("enterpriseId"))).selectByValue(String.valueOf(enterpriseId));
        driver.findElement(By.id("title")).sendKeys(needTitle);
        driver.findElement(By.id("description")).sendKeys("需要检测" + topic + "的防滑性能");
        driver.findElement(By.id("industry-FOOTWEAR")).click();
        driver.findElement(By.id("category-TESTING_CERTIFICATION")).click();
        driver.findElement(By.id("useVoucher")).click();
        driver.findElement(By.cssSelector("#need-form button[type=submit]")).click();
        journey.wait.until(ExpectedConditions.urlMatches("/needs/\\d+$"));
        HeadlessChromium.checked(driver);
        String needPage = driver.getCurrentUrl();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(needTitle);
        journey.signOut();

        journey.signIn("inst-a", "inbox");
        WebElement news = newsInInbox();
        assertThat(news.findElement(By.cssSelector(".topic")).getText()).isEqualTo("有您可服务的新需求");
        assertThat(news.findElement(By.cssSelector(".detail")).getText()).as("the lab it could serve it with, and the score")
                .startsWith(topic + "检测实验室 · ");
        HeadlessChromium.screenshot(driver, "journey-alerts-inbox");
        news.findElement(By.cssSelector("form.open button[type=submit]")).click();
        journey.wait.until(ExpectedConditions.urlToBe(needPage));
        HeadlessChromium.checked(driver);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(needTitle);

        List<MimeMessage> mails = mailsTo(INSTITUTION_MAIL, needTitle);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("【温州时尚产业创新资源库】有您可服务的新需求：" + needTitle);
        assertThat(content(mails.get(0))).contains(needTitle);
    }

    /** The inbox's unread notification titled with the need, reloading the inbox until it came (polling). */
    private WebElement newsInInbox() {
        By item = By.xpath("//ul[@class='notifications']/li[contains(@class,'unread')][.//form[@class='open']/button[normalize-space()='"
                + needTitle + "']]");
        new WebDriverWait(driver, NEWS, Duration.ofMillis(500)).ignoring(WebDriverException.class).until(d -> {
            d.navigate().refresh();
            return !d.findElements(item).isEmpty();
        });
        HeadlessChromium.checked(driver);
        return driver.findElement(item);
    }

    /** The mails to {@code address} whose subject names {@code title}, once there is one (polling), or none within the wait. */
    private static List<MimeMessage> mailsTo(String address, String title) throws InterruptedException {
        long deadline = System.nanoTime() + NEWS.toNanos();
        List<MimeMessage> received = received(address, title);
        while (received.isEmpty() && System.nanoTime() < deadline) {
            SMTP.waitForIncomingEmail(200, SMTP.getReceivedMessages().length + 1);
            received = received(address, title);
        }
        return received;
    }

    private static List<MimeMessage> received(String address, String title) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(title)
                        && Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text of all the mail's text parts (plain and HTML), decoded. */
    private static String content(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        var text = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(content(multipart.getBodyPart(i))).append('\n');
            }
        }
        return text.toString();
    }
}
