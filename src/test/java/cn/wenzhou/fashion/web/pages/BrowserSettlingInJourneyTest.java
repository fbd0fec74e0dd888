package cn.wenzhou.fashion.web.pages;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.web.pages.SignedInJourney.as;
import static cn.wenzhou.fashion.web.pages.SignedInJourney.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;

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

import cn.wenzhou.fashion.testsupport.BeforeAllRequests;
import cn.wenzhou.fashion.testsupport.RealKeycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The journey of settling in, in the system's headless Chromium against the real Keycloak of the end-to-end suite: the
 * realm's designer-a applies on the workspace's page for their studio to settle in, admin approves it on the bureau's
 * page, designer-a applies for a rent subsidy on the policy's page, admin proposes the amount and admin-b approves it
 * within the year's budget. Only the designer's profile and the published policy are written through the API first.
 */
@QuarkusTest
@Tag("browser")
@TestProfile(RealKeycloak.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSettlingInJourneyTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @TestHTTPResource("/")
    URL base;

    private SignedInJourney journey;
    private ChromeDriver driver;
    private long designerId;
    private long policyId;

    @BeforeAll
    void browserAndRecords() {
        BeforeAllRequests.run(() -> {
            designerId = created(as("designer-a"), "/api/designers", """
                    {"name":"%s","description":"女鞋设计工作室","industries":["FOOTWEAR"],"yearsExperience":9,
                     "location":{"country":"CN","province":"浙江省","city":"温州市","district":"OUHAI"}}""".formatted(unique("瓯海鞋履设计工作室")));
            as("admin").body("{}").when().post("/api/designers/{id}/approval", designerId).then().statusCode(200);
            policyId = created(as("admin"), "/api/policies", """
                    {"kind":"RENT_SUBSIDY","titleZh":"%s","titleEn":"Rent subsidy for settled designers",
                     "textZh":"入驻设计师工作室房租按百分之五十补贴，每年最高三万元。","textEn":"Half of a settled designer's studio rent, up to 30,000 CNY a year.",
                     "settledOnly":true,"designers":true,"institutionTypes":[],"amountRule":"SHARE_OF_COST","costShare":0.5,
                     "capPerApplicantYear":30000,"opensOn":"2020-01-01","closesOn":"2099-12-31","budgets":[{"year":%d,"amount":100000}]}"""
                    .formatted(unique("设计师工作室房租补贴"), YEAR));
            as("admin").when().post("/api/policies/{id}/publish", policyId).then().statusCode(200);
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
    void aDesignerSettlesInAndAppliesForARentSubsidyThatTwoAdminsGrantWithinTheBudget() {
        String member = "designer:" + designerId;
        journey.signIn("designer-a", "workspace/settling-in");
        new Select(driver.findElement(By.id("settle-member"))).selectByValue(member);
        driver.findElement(By.id("settle-contribution")).sendKeys("女鞋设计与打样服务，带动瓯海鞋企新品开发");
        new Select(driver.findElement(By.id("settle-district"))).selectByValue("OUHAI");
        driver.findElement(By.id("settle-spaceSquareMetres")).sendKeys("180.5");
        driver.findElement(By.id("settle-people")).sendKeys("7");
        driver.findElement(By.id("settle-documentReferences")).sendKeys("营业执照 330304-2026-018\n租赁合同 ZL-2026-031");
        journey.submit("#settle", "/workspace/settling-in", "SETTLEMENT_APPLIED");
        WebElement settlement = driver.findElement(By.cssSelector("article.settlement"));
        assertThat(settlement.getText()).contains("待审核").contains("180.5");
        long settlementId = Long.parseLong(settlement.getAttribute("id").substring("settlement-".length()));
        journey.signOut();

        journey.signIn("admin", "bureau/settling-in");
        driver.findElement(By.id("settlement-" + settlementId + "-approve-reason")).sendKeys("材料齐全，同意入驻");
        journey.submit("form[action='/bureau/settling-in/settlements/" + settlementId + "/approve']", "/bureau/settling-in", "SETTLEMENT_APPROVED");
        as("admin").when().get("/api/designers/{id}", designerId).then().statusCode(200).body("settled", equalTo(true));
        journey.signOut();

        // The policy's page is public: sign in on the workspace, then open it.
        journey.signIn("designer-a", "workspace/settling-in");
        driver.get(base + "policies/" + policyId);
        journey.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incentive-member")));
        HeadlessChromium.checked(driver);
        new Select(driver.findElement(By.id("incentive-member"))).selectByValue(member);
        driver.findElement(By.id("incentive-declaredCost")).sendKeys("40000.11");
        driver.findElement(By.id("incentive-documentReferences")).sendKeys("租赁合同 ZL-2026-031");
        journey.submit("#incentive", "/workspace/settling-in", "INCENTIVE_APPLIED");
        WebElement application = driver.findElement(By.cssSelector("article.incentive"));
        assertThat(application.getText()).contains("待审核");
        long applicationId = Long.parseLong(application.getAttribute("id").substring("incentive-".length()));
        journey.signOut();

        journey.signIn("admin", "bureau/settling-in");
        journey.submit("form[action='/bureau/settling-in/incentives/" + applicationId + "/proposal']", "/bureau/settling-in", "INCENTIVE_PROPOSED");
        assertThat(driver.findElement(By.cssSelector("#approve-" + applicationId + " .proposed")).getText()).isEqualTo("20000.05");
        journey.signOut();

        journey.signIn("admin-b", "bureau/settling-in");
        driver.findElement(By.id("incentive-" + applicationId + "-approve-reason")).sendKeys("复核无误");
        journey.submit("form[action='/bureau/settling-in/incentives/" + applicationId + "/approve']", "/bureau/settling-in", "INCENTIVE_APPROVED");
        assertThat(driver.findElements(By.id("approve-" + applicationId))).as("the application left the queue").isEmpty();
        HeadlessChromium.screenshot(driver, "journey-settling-in-approved");
        journey.signOut();

        JsonPath granted = as("admin").when().get("/api/policy-applications/{id}", applicationId).then().statusCode(200)
                .body("status", equalTo("APPROVED")).extract().jsonPath();
        assertThat(granted.getString("grantedAmount")).isEqualTo("20000.05");
        assertThat(granted.getString("decidedBy")).as("four eyes").isNotNull().isNotEqualTo(granted.getString("proposedBy"));
        JsonPath budget = as("admin").when().get("/api/policies/{id}", policyId).then().statusCode(200).extract().jsonPath();
        assertThat(budget.getString("budgets[0].left")).isEqualTo("79999.95");
    }
}
