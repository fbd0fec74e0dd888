package cn.wenzhou.fashion.event;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * The forms of the event pages, posted as the user of {@code @TestSecurity} with a browser's manners (the page fetched
 * first, its hidden fields, cookies and ticked boxes sent back): the organiser publishes on their workspace page and
 * sees the list of registrations; an attendee registers with consent and checks in with the code. Hostile titles,
 * descriptions and shared names show as text.
 */
@QuarkusTest
class EventPageFormsTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final String ORGANISER = "event-pages-organiser";
    private static final String ATTENDEE = "event-pages-attendee";
    private static final String HOSTILE_TITLE = "<script>alert(\"t\")</script>'鞋履' \"讲座\"";
    private static final String HOSTILE_DESCRIPTION = "<img src=x onerror=alert(1)> 色彩 & \"趋势\"";
    private static final String HOSTILE_NAME = "<b>林</b>\"先生'";

    /** A page as the browser holds it: the document and the cookies that came with it. */
    private record Loaded(Document page, Map<String, String> cookies) {

        /** Posts the form with what the page put in it (unticked boxes left out), changed by {@code typed}. */
        Response submit(String formId, Map<String, String> typed) {
            Element form = page.getElementById(formId);
            assertThat(form).as("form " + formId).isNotNull();
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element field : form.select("input[name], textarea[name], select[name]")) {
                if (field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
                    continue;
                }
                Element option = field.tagName().equals("select") ? field.selectFirst("option") : null;
                fields.put(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : option != null ? option.attr("value") : field.attr("value"));
            }
            fields.putAll(typed);
            return given().redirects().follow(false).cookies(cookies).contentType(FORM).formParams(fields)
                    .when().post(form.attr("action")).then().extract().response();
        }
    }

    private static Loaded load(String path) {
        Response response = given().when().get(path).then().statusCode(200).extract().response();
        return new Loaded(Jsoup.parse(response.asString()), response.getCookies());
    }

    /** After post/redirect/get: the page the redirect leads to, which must be {@code expected}. */
    private static Loaded follow(Response posted, String expected) {
        assertThat(posted.statusCode()).as(posted.asString()).isEqualTo(303);
        assertThat(posted.header("Location")).endsWith(expected);
        return load(expected);
    }

    private static String inDays(int days, int hour) {
        return LocalDateTime.now(EventFixtures.WENZHOU).plusDays(days).withHour(hour).truncatedTo(ChronoUnit.HOURS).toString();
    }

    @Test
    @TestSecurity(user = ORGANISER, roles = "institution")
    void theOrganiserPublishesOnTheWorkspaceAndSeesWhatRegistrantsSharedAsText() {
        EventFixtures organiser = EventFixtures.institution(ORGANISER);
        Map<String, String> lecture = new LinkedHashMap<>(Map.of("member", "institution:" + organiser.profileId(), "eventType", "LECTURE",
                "titleZh", HOSTILE_TITLE, "descriptionZh", HOSTILE_DESCRIPTION, "startsAt", inDays(5, 14), "endsAt", inDays(5, 12),
                "district", "LUCHENG", "address", "鹿城区车站大道1号", "capacity", "2", "attendeeFields", "NAME"));

        Loaded workspace = load("/workspace/events");
        Response refused = workspace.submit("publish", lecture);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(refused.asString());
        assertThat(again.select("#publish-endsAt-error").text()).isEqualTo("must be after startsAt");
        assertThat(again.select("#publish-titleZh").attr("value")).isEqualTo(HOSTILE_TITLE);
        assertThat(refused.asString()).doesNotContain("<script>alert(");

        lecture.put("endsAt", inDays(5, 16));
        Loaded published = follow(workspace.submit("publish", lecture), "/workspace/events?done=PUBLISHED");
        Element line = published.page().selectFirst("ul.organised li");
        long id = Long.parseLong(line.id().substring("organised-".length()));
        String code = organiser.asOwner().get("/api/events/{id}", id).then().statusCode(200).extract().path("checkInCode");
        assertThat(line.select(".check-in-code").text()).isEqualTo(code).hasSize(8);
        assertThat(line.select("a").text()).isEqualTo(HOSTILE_TITLE);

        as(Tokens.of(unique("registrant"), "enterprise")).body("{\"shared\":{\"NAME\":\"" + HOSTILE_NAME.replace("\"", "\\\"") + "\"},\"consent\":true}")
                .post("/api/events/{id}/registration", id).then().statusCode(200);
        String managed = given().get("/workspace/events/{id}", id).then().statusCode(200).extract().asString();
        assertThat(managed).doesNotContain("<b>林</b>");
        Document managedPage = Jsoup.parse(managed);
        assertThat(managedPage.select("table.registrations tbody td").eachText()).contains("已报名", HOSTILE_NAME);
        assertThat(managedPage.select("#check-in-code").text()).isEqualTo(code);
        String csv = given().get(managedPage.select("#registrations-csv").attr("href")).then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst()).hasValue("status,waitingPosition,registeredAt,name,checkedInAt");
        assertThat(csv).contains("REGISTERED");

        String page = given().get("/events/{id}", id).then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("<script>alert(").doesNotContain("<img src=x");
        Document event = Jsoup.parse(page);
        assertThat(event.select("h1").text()).isEqualTo(HOSTILE_TITLE);
        assertThat(event.select("p.description").first().text()).isEqualTo(HOSTILE_DESCRIPTION);
        assertThat(event.select("main img, main script")).isEmpty();
    }

    @Test
    @TestSecurity(user = ATTENDEE, roles = "enterprise")
    void anAttendeeRegistersWithConsentAndChecksInWithTheCode() {
        EventFixtures organiser = EventFixtures.institution();
        long id = organiser.publish(organiser.lecture("签到讲座", 2, "[\"NAME\"]"));
        String code = organiser.asOwner().get("/api/events/{id}", id).then().statusCode(200).extract().path("checkInCode");
        String here = "/events/" + id;

        Loaded event = load(here);
        assertThat(event.page().select("#register legend").text()).isEqualTo("报名参加");
        Response withoutConsent = event.submit("register", Map.of("shared.NAME", "林先生"));
        assertThat(withoutConsent.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(withoutConsent.asString()).select("#register .field-error").text())
                .isEqualTo("this event asks for [NAME]: agree to share them with its organiser");

        Loaded registered = follow(event.submit("register", Map.of("shared.NAME", "林先生", "consent", "true")), here + "?done=REGISTERED");
        assertThat(registered.page().select("#my-registration").text()).isEqualTo("我的报名: 已报名");
        assertThat(registered.page().select("#event-places").text()).isEqualTo("1 / 2");

        Response wrongCode = registered.submit("check-in", Map.of("code", "WRONG234"));
        assertThat(wrongCode.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrongCode.asString()).select("#check-in-code-error").text()).isEqualTo("is not the check-in code of this event");

        Loaded checkedIn = follow(registered.submit("check-in", Map.of("code", code)), here + "?done=CHECKED_IN");
        assertThat(checkedIn.page().select("#my-registration").text()).startsWith("我的报名: 已报名 · 已签到 ");
        assertThat(checkedIn.page().select("#check-in")).isEmpty();
        assertThat(checkedIn.page().select("#event-calendar").attr("href")).isEqualTo("/api/events/" + id + ".ics");
        given().get("/workspace/events/{id}", id).then().statusCode(403);
    }

    @Test
    void signedOutReadersAreOfferedToSignInInsteadOfForms() {
        EventFixtures organiser = EventFixtures.institution();
        long id = organiser.publish(organiser.lecture("未登录讲座", 2, "[]"));
        Document page = Jsoup.parse(given().get("/events/{id}", id).then().statusCode(200).extract().asString());
        assertThat(page.select("#event-sign-in").attr("href")).isEqualTo("/signin?to=%2Fevents%2F" + id);
        assertThat(page.select("main form")).isEmpty();
        assertThat(page.select("#event-places").text()).isEqualTo("0 / 2");
    }
}
