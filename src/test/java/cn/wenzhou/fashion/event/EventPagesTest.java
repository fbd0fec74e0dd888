package cn.wenzhou.fashion.event;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import io.quarkus.test.junit.QuarkusTest;

/** The event pages, read as HTML without a browser: found by facet on the search page, shown with user text escaped, calendar linked. */
@QuarkusTest
class EventPagesTest {

    @Test
    void aLectureIsFoundByFacetOnTheSearchPageAndItsPageLinksTheCalendarFile() {
        String topic = unique("yemian").replaceAll("[^a-z]", "");
        EventFixtures organiser = EventFixtures.institution();
        String title = topic + "<script>alert(1)</script>讲座";
        long lecture = organiser.publish(organiser.lecture(title, 2, "[]"));
        IndexingBacklog.awaitEmpty();

        Document search = Jsoup.parse(given().get("/search?kind=event&eventType=LECTURE&q=" + topic).then().statusCode(200).extract().asString());
        assertThat(search.select(".hit a[href]").eachAttr("href")).containsExactly("/events/" + lecture);
        assertThat(search.select("input[name=eventType][value=LECTURE]").hasAttr("checked")).isTrue();
        assertThat(search.select("input[name=month]")).isNotEmpty();
        assertThat(search.select("input[name=voucher], input[name=settled]")).as("facets events do not have").isEmpty();

        String html = given().get("/events/{id}", lecture).then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select("#event-places").text()).isEqualTo("0 / 2");
        String calendar = page.select("#event-calendar").attr("href");
        assertThat(calendar).isEqualTo("/api/events/" + lecture + ".ics");
        assertThat(given().get(calendar).then().statusCode(200).extract().asString()).contains("BEGIN:VEVENT");
        assertThat(Jsoup.parse(given().get("/events/{id}?lang=en", lecture).then().statusCode(200).extract().asString())
                .select("#event-calendar").text()).isEqualTo("Download the calendar file (.ics)");
        given().get("/events/{id}", 999_999_999L).then().statusCode(404);
    }

    @Test
    void theOrganisersPageListsTheEventsItOrganised() {
        EventFixtures organiser = EventFixtures.institution();
        long lecture = organiser.publish(organiser.lecture("主页展示讲座", 2, "[]"));
        Document page = Jsoup.parse(given().get("/institutions/{id}", organiser.profileId()).then().statusCode(200).extract().asString());
        assertThat(page.select(".profile-events a[href]").eachAttr("href")).containsExactly("/events/" + lecture);
        assertThat(page.select(".profile-events").text()).contains("主页展示讲座");
    }
}
