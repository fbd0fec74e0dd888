package cn.wenzhou.fashion.web.pages;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.web.pages.SignedInJourney.as;
import static cn.wenzhou.fashion.web.pages.SignedInJourney.created;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import cn.wenzhou.fashion.testsupport.RealKeycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The journey of events, in the system's headless Chromium against the real Keycloak of the end-to-end suite. A lecture
 * of one place that inst-a's institution organises: ent-a finds it by the event-type facet and registers, ent-b joins
 * the waiting list, ent-a cancels and ent-b sees they moved up, then downloads the calendar file. A design competition
 * of the same institution: designer-a enters their studio's design during the submission window, inst-a invites ent-b
 * to judge on the organiser's page, ent-b accepts and scores once the window closed, inst-a publishes the results and
 * the award shows on the designer's page. Only the profiles and the two events are written through the API.
 */
@QuarkusTest
@Tag("browser")
@TestProfile(RealKeycloak.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserEventJourneyTest {

    private static final ZoneId WENZHOU = ZoneId.of("Asia/Shanghai");
    /** Long enough for designer-a to sign in and enter; the judge then waits for it to pass. */
    private static final Duration SUBMISSION_WINDOW = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URL base;

    private SignedInJourney journey;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private final String word = unique("huayang").replaceAll("[^a-z]", "");
    private final String lectureTitle = "鞋履色彩趋势讲座 " + word;
    private final String competitionTitle = "瓯江鞋履设计大赛 " + word;
    private final String designerName = unique("瓯江鞋履设计工作室");
    private long designerId;
    private long lectureId;
    private long competitionId;
    private Instant submissionsClose;

    @BeforeAll
    void browserAndRecords() {
        BeforeAllRequests.run(() -> {
            long institutionId = created(as("inst-a"), "/api/institutions", Fixtures.asUserSends(Fixtures.institution(unique("event-inst"), unique("温州鞋履研究院"))));
            as("admin").body("{}").when().post("/api/institutions/{id}/approval", institutionId).then().statusCode(200);
            designerId = created(as("designer-a"), "/api/designers", """
                    {"name":"%s","description":"女靴设计","industries":["FOOTWEAR"],
                     "location":{"country":"CN","province":"浙江省","city":"温州市","district":"OUHAI"}}""".formatted(designerName));
            as("admin").body("{}").when().post("/api/designers/{id}/approval", designerId).then().statusCode(200);
            lectureId = created(as("inst-a"), "/api/events", """
                    {"eventType":"LECTURE","titleZh":"%s","descriptionZh":"春夏鞋履色彩","startsAt":"%s","endsAt":"%s",
                     "district":"LUCHENG","address":"鹿城区车站大道1号","organiserKind":"institution","organiserId":%d,
                     "speakers":[{"name":"陈老师"}],"capacity":1,"registrationOpensAt":"%s","industries":["FOOTWEAR"],"attendeeFields":["NAME"]}"""
                    .formatted(lectureTitle, wenzhou(Duration.ofDays(2)), wenzhou(Duration.ofDays(2).plusHours(2)), institutionId,
                            wenzhou(Duration.ofHours(-1))));
            submissionsClose = Instant.now().plus(SUBMISSION_WINDOW).truncatedTo(ChronoUnit.SECONDS);
            competitionId = created(as("inst-a"), "/api/events", """
                    {"eventType":"COMPETITION","titleZh":"%s","startsAt":"%s","endsAt":"%s","district":"OUHAI","address":"瓯海区娄桥街道",
                     "organiserKind":"institution","organiserId":%d,"capacity":100,"rules":"原创作品","categories":["女靴"],
                     "criteria":["创意","工艺"],"submissionsOpenAt":"%s","submissionsCloseAt":"%s"}"""
                    .formatted(competitionTitle, wenzhou(Duration.ofDays(3)), wenzhou(Duration.ofDays(3).plusHours(3)), institutionId,
                            wenzhou(Duration.ofMinutes(-10)), LocalDateTime.ofInstant(submissionsClose, WENZHOU)));
            IndexingBacklog.awaitEmpty();
        });
        journey = new SignedInJourney(base);
        driver = journey.driver;
        wait = journey.wait;
    }

    @AfterAll
    void quit() {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void aLectureFillsUpAndMovesUpItsWaitingListAndADesignerWinsACompetition() {
        // The competition first: its submission window is short.
        signIn("designer-a", "events/" + competitionId);
        new Select(driver.findElement(By.id("entry-designerId"))).selectByValue(String.valueOf(designerId));
        new Select(driver.findElement(By.id("entry-category"))).selectByValue("女靴");
        driver.findElement(By.id("entry-title")).sendKeys("山水纹短靴");
        driver.findElement(By.id("entry-description")).sendKeys("以瓯江山水为纹样的女式短靴");
        journey.submit("#entry", "/events/" + competitionId, "ENTERED");
        assertThat(driver.findElement(By.cssSelector("li.entry h3")).getText()).isEqualTo("山水纹短靴");
        journey.signOut();

        String judge = as("ent-b").when().get("/api/me").then().statusCode(200).extract().path("subject");
        signIn("inst-a", "workspace/events/" + competitionId);
        driver.findElement(By.id("invite-userId")).sendKeys(judge);
        journey.submit("#invite", "/workspace/events/" + competitionId, "JUDGE_INVITED");
        assertThat(driver.findElement(By.cssSelector("ul.judges")).getText()).isEqualTo(judge + " · 已邀请");
        journey.signOut();

        // Signed out, the lecture's page offers to sign in instead of its forms.
        driver.get(base + "events/" + lectureId);
        HeadlessChromium.checked(driver);
        assertThat(driver.findElement(By.id("event-sign-in")).getAttribute("href")).isEqualTo(base + "signin?to=%2Fevents%2F" + lectureId);
        assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();

        // The lecture: ent-a finds it by its type on the search page and takes its one place.
        signIn("ent-a", "search?kind=event&q=" + word);
        WebElement lectures = driver.findElement(By.id("f-eventType-LECTURE"));
        String before = driver.getCurrentUrl();
        lectures.click();
        wait.until(d -> !before.equals(d.getCurrentUrl()));
        HeadlessChromium.checked(driver);
        assertThat(driver.getCurrentUrl()).contains("eventType=LECTURE");
        assertThat(driver.findElements(By.cssSelector(".hit h3 a"))).extracting(link -> link.getAttribute("href"))
                .containsExactly(base + "events/" + lectureId);
        driver.findElement(By.cssSelector(".hit h3 a")).click();
        wait.until(ExpectedConditions.urlToBe(base + "events/" + lectureId));
        HeadlessChromium.checked(driver);
        assertThat(driver.findElement(By.cssSelector("#register button[type=submit]")).getText()).isEqualTo("报名参加");
        driver.findElement(By.id("register-shared.NAME")).sendKeys("林先生");
        driver.findElement(By.id("register-consent")).click();
        journey.submit("#register", "/events/" + lectureId, "REGISTERED");
        assertThat(driver.findElement(By.id("my-registration")).getText()).isEqualTo("我的报名: 已报名");
        assertThat(driver.findElement(By.id("event-places")).getText()).isEqualTo("1 / 1");
        journey.signOut();

        signIn("ent-b", "events/" + lectureId);
        assertThat(driver.findElement(By.cssSelector("#register .full")).getText()).startsWith("名额已满");
        driver.findElement(By.id("register-shared.NAME")).sendKeys("周女士");
        driver.findElement(By.id("register-consent")).click();
        journey.submit("#register", "/events/" + lectureId, "REGISTERED");
        assertThat(driver.findElement(By.id("my-registration")).getText()).isEqualTo("我的报名: 候补 · 候补顺位 1");
        journey.signOut();

        signIn("ent-a", "events/" + lectureId);
        journey.submit("#cancel", "/events/" + lectureId, "CANCELLED");
        assertThat(driver.findElements(By.id("my-registration"))).isEmpty();
        journey.signOut();

        signIn("ent-b", "events/" + lectureId);
        assertThat(driver.findElement(By.id("my-registration")).getText()).isEqualTo("我的报名: 已报名");
        assertThat(driver.findElement(By.id("event-places")).getText()).isEqualTo("1 / 1");
        String calendar = driver.findElement(By.id("event-calendar")).getAttribute("href");
        assertThat(calendar).isEqualTo(base + "api/events/" + lectureId + ".ics");
        String ics = (String) driver.executeAsyncScript("fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])", calendar);
        assertThat(ics).contains("BEGIN:VEVENT").contains("SUMMARY:" + lectureTitle);

        // ent-b judges the competition: accepts now, scores once the submission window closed.
        driver.get(base + "events/" + competitionId);
        journey.submit("#accept-judging", "/events/" + competitionId, "JUDGE_ACCEPTED");
        wait.withTimeout(SUBMISSION_WINDOW.plusSeconds(20)).until(d -> Instant.now().isAfter(submissionsClose.plusSeconds(1)));
        String scoreForm = "form.score";
        WebElement score = driver.findElement(By.cssSelector(scoreForm));
        score.findElement(By.cssSelector("input[name='scores.创意']")).sendKeys("9");
        score.findElement(By.cssSelector("input[name='scores.工艺']")).sendKeys("8");
        journey.submit(scoreForm, "/events/" + competitionId, "SCORED");
        journey.signOut();

        signIn("inst-a", "workspace/events/" + competitionId);
        journey.submit("#results", "/workspace/events/" + competitionId, "RESULTS_PUBLISHED");
        driver.get(base + "events/" + competitionId);
        HeadlessChromium.checked(driver);
        assertThat(driver.findElement(By.cssSelector("li.entry .rank")).getText()).isEqualTo("名次 1");
        assertThat(driver.findElement(By.cssSelector("li.entry .meta")).getText()).isEqualTo(designerName + " · 女靴 · 名次 1 · 17.00");
        journey.signOut();

        driver.get(base + "designers/" + designerId);
        HeadlessChromium.checked(driver);
        assertThat(driver.findElement(By.cssSelector(".profile-events .awards")).getText())
                .isEqualTo(competitionTitle + " · 女靴 · 山水纹短靴 · 名次 1");
        HeadlessChromium.screenshot(driver, "journey-events-award");
    }

    /** Wenzhou wall-clock time from now, to the minute, as the API reads it. */
    private static String wenzhou(Duration fromNow) {
        return LocalDateTime.now(WENZHOU).plus(fromNow).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** Signs in through the pages' sign-in route, which comes back to {@code path} (event pages are public). */
    private void signIn(String user, String path) {
        journey.signInFrom(user, "signin?to=" + URLEncoder.encode("/" + path, StandardCharsets.UTF_8), path);
    }
}
