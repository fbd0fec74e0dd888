package cn.wenzhou.fashion.event;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EventSearchTest {

    private static JsonPath search(Map<String, ?> params) {
        return given().queryParams(params).get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eventsAreFoundByKindWithFacetsOfTypeIndustryDistrictAndMonthAndPastOnesStayFindable() {
        String topic = unique("xuezhi").replaceAll("[^a-z]", "");
        EventFixtures organiser = EventFixtures.institution();
        long lecture = organiser.publish(organiser.lecture(topic + "鞋履讲座", 20, "[]"));
        LocalDateTime past = LocalDateTime.now(EventFixtures.WENZHOU).minusMonths(2).withDayOfMonth(10).withHour(14).withMinute(0).withSecond(0).withNano(0);
        long forum = organiser.publish("""
                {"eventType":"FORUM","titleZh":"%s时尚论坛","startsAt":"%s","endsAt":"%s","onlineUrl":"https://forum.example.cn/live",
                 "organiserKind":"institution","organiserId":%d,"capacity":100,"registrationOpensAt":"%s","industries":["APPAREL"]}
                """.formatted(topic, past, past.plusHours(3), organiser.profileId(), past.minusDays(20)));
        IndexingBacklog.awaitEmpty();

        // Not in the library's default search: its judged results stay as they were.
        assertThat(search(Map.of("q", topic)).getInt("total")).isZero();

        JsonPath both = search(Map.of("q", topic, "kind", "event"));
        assertThat(both.getInt("total")).isEqualTo(2);
        assertThat(both.getList("items.id", Long.class)).containsExactlyInAnyOrder(lecture, forum);
        assertThat(both.getList("items.kind", String.class)).containsOnly("event");
        assertThat(facet(both, "eventType")).containsEntry("LECTURE", 1).containsEntry("FORUM", 1);
        assertThat(facet(both, "industry")).containsEntry("FOOTWEAR", 1).containsEntry("APPAREL", 1);
        assertThat(facet(both, "district")).containsEntry("LUCHENG", 1);
        String pastMonth = YearMonth.from(past).toString();
        assertThat(facet(both, "month")).containsEntry(pastMonth, 1);

        JsonPath lectures = search(Map.of("q", topic, "kind", "event", "eventType", "LECTURE"));
        assertThat(lectures.getList("items.id", Long.class)).containsExactly(lecture);
        JsonPath ofPastMonth = search(Map.of("q", topic, "kind", "event", "month", pastMonth));
        assertThat(ofPastMonth.getList("items.id", Long.class)).containsExactly(forum);

        given().queryParams(Map.of("kind", "event", "month", "2026-13")).get("/api/search").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        given().queryParams(Map.of("kind", "event", "eventType", "PARTY")).get("/api/search").then().statusCode(400)
                .body("errors[0].field", equalTo("eventType"));

        List<String> suggested = given().queryParams(Map.of("q", topic, "kind", "event")).get("/api/suggest").then().statusCode(200)
                .extract().jsonPath().getList("text", String.class);
        assertThat(suggested).contains(topic + "鞋履讲座", topic + "时尚论坛");
        assertThat(given().queryParams(Map.of("q", topic)).get("/api/suggest").then().statusCode(200).extract().jsonPath()
                .getList("text", String.class)).isEmpty();
        given().queryParams(Map.of("q", topic, "kind", "need")).get("/api/suggest").then().statusCode(400);
    }

    private static Map<String, Integer> facet(JsonPath result, String name) {
        List<Map<String, Object>> values = result.getList("facets." + name);
        var counts = new java.util.HashMap<String, Integer>();
        values.forEach(v -> counts.put((String) v.get("value"), ((Number) v.get("count")).intValue()));
        return counts;
    }
}
