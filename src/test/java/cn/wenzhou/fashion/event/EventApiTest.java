package cn.wenzhou.fashion.event;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.as;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventApiTest {

    /** Collects the moves up the registrations fire. */
    @Singleton
    static class MovesUp {
        final List<WaitingListMovedUp> seen = java.util.Collections.synchronizedList(new ArrayList<>());

        void observe(@Observes WaitingListMovedUp event) {
            seen.add(event);
        }
    }

    @jakarta.inject.Inject
    MovesUp movesUp;

    @Test
    void badEventsAreRefusedWithProblemsNamingTheFields() {
        EventFixtures organiser = EventFixtures.institution();
        organiser.asOwner().body("""
                {"eventType":"FORUM","titleZh":"论坛","startsAt":"%s","endsAt":"%s","onlineUrl":"http://meeting.example.cn/1",
                 "organiserKind":"institution","organiserId":%d,"capacity":10}
                """.formatted(EventFixtures.inMinutes(600), EventFixtures.inMinutes(500), organiser.profileId()))
                .post("/api/events").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("endsAt", "registrationClosesAt", "onlineUrl"));
        organiser.asOwner().body("""
                {"eventType":"TRAINING","titleZh":"培训","startsAt":"%s","endsAt":"%s",
                 "organiserKind":"institution","organiserId":%d,"capacity":0}
                """.formatted(EventFixtures.inMinutes(600), EventFixtures.inMinutes(700), organiser.profileId()))
                .post("/api/events").then().statusCode(400).body("errors.field", hasItem("capacity"));
        organiser.asOwner().body("""
                {"eventType":"TRAINING","titleZh":"培训","startsAt":"%s","endsAt":"%s",
                 "organiserKind":"institution","organiserId":%d,"capacity":5,"speakers":[{"designerId":999999999}]}
                """.formatted(EventFixtures.inMinutes(600), EventFixtures.inMinutes(700), organiser.profileId()))
                .post("/api/events").then().statusCode(400).body("errors.field", containsInAnyOrder("address", "speakers[0].designerId"));
        organiser.asOwner().body("""
                {"eventType":"COMPETITION","titleZh":"大赛","startsAt":"%s","endsAt":"%s","onlineUrl":"https://contest.example.cn",
                 "organiserKind":"institution","organiserId":%d,"capacity":5}
                """.formatted(EventFixtures.inMinutes(600), EventFixtures.inMinutes(700), organiser.profileId()))
                .post("/api/events").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("categories", "criteria", "submissionsOpenAt", "submissionsCloseAt"));
        organiser.asOwner().body("{\"eventType\":\"PARTY\"}").post("/api/events").then().statusCode(400);
    }

    @Test
    void organisersOwnersAndAdminsPublishOthersDoNot() {
        EventFixtures organiser = EventFixtures.institution();
        String body = organiser.lecture("发布权限讲座", 10, "[]");
        given().contentType("application/json").body(body).post("/api/events").then().statusCode(401);
        as(Tokens.of(unique("other"), "institution")).body(body).post("/api/events").then().statusCode(403);
        long id = organiser.publish(body);
        organiser.asOwner().get("/api/events/{id}", id).then().statusCode(200)
                .body("eventType", equalTo("LECTURE")).body("organiserName", equalTo("活动测试研究院"))
                .body("startsAt", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?\\+08:00"))
                .body("checkInCode", notNullValue());
        given().get("/api/events/{id}", id).then().statusCode(200).body("checkInCode", nullValue()).body("speakers[0].name", equalTo("王老师"));
        as(Tokens.of(unique("plain"), "enterprise")).body(body.replace("\"organiserKind\":\"institution\",", "").replaceAll("\"organiserId\":\\d+,", ""))
                .post("/api/events").then().statusCode(400).body("errors[0].field", equalTo("organiserKind"));
        asAdmin().body(body.replace("\"organiserKind\":\"institution\",", "").replaceAll("\"organiserId\":\\d+,", ""))
                .post("/api/events").then().statusCode(201).body("organiserName", equalTo("温州市科学技术局")).body("organiserKind", nullValue());
    }

    @Test
    void concurrentRegistrationsNeverExceedTheCapacityAndTheWaitingListMovesUpOnCancellation() throws Exception {
        EventFixtures organiser = EventFixtures.institution();
        long event = organiser.publish(organiser.lecture("容量测试讲座", 3, "[]"));
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            users.add(unique("attendee"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (String user : users) {
            results.add(pool.submit((Callable<String>) () -> {
                start.await();
                return as(Tokens.of(user, "enterprise")).body("{}").post("/api/events/{id}/registration", event)
                        .then().statusCode(200).extract().path("status");
            }));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<String> result : results) {
            statuses.add(result.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(statuses).filteredOn("REGISTERED"::equals).hasSize(3);
        assertThat(statuses).filteredOn("WAITING"::equals).hasSize(5);
        given().get("/api/events/{id}", event).then().body("registered", equalTo(3)).body("waiting", equalTo(5));

        List<String> waiting = organiser.asOwner().get("/api/events/{id}/registrations", event).then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.status == 'WAITING' }.waitingPosition", Integer.class).stream().map(String::valueOf).toList();
        assertThat(waiting).containsExactly("1", "2", "3", "4", "5");
        String firstWaiting = null;
        String aRegistered = null;
        for (String user : users) {
            var mine = as(Tokens.of(user, "enterprise")).get("/api/events/{id}/registration", event).then().statusCode(200).extract().jsonPath();
            if ("REGISTERED".equals(mine.getString("status"))) {
                aRegistered = user;
            } else if (mine.getInt("waitingPosition") == 1) {
                firstWaiting = user;
            }
        }
        as(Tokens.of(aRegistered, "enterprise")).body("{}").post("/api/events/{id}/registration", event).then().statusCode(409);
        int before = movesUp.seen.size();
        as(Tokens.of(aRegistered, "enterprise")).delete("/api/events/{id}/registration", event).then().statusCode(204);
        as(Tokens.of(aRegistered, "enterprise")).get("/api/events/{id}/registration", event).then().statusCode(404);
        as(Tokens.of(firstWaiting, "enterprise")).get("/api/events/{id}/registration", event).then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("waitingPosition", nullValue());
        given().get("/api/events/{id}", event).then().body("registered", equalTo(3)).body("waiting", equalTo(4));
        String movedUser = firstWaiting;
        assertThat(movesUp.seen.subList(before, movesUp.seen.size())).singleElement()
                .satisfies(moved -> assertThat(moved.userId()).isEqualTo(movedUser))
                .satisfies(moved -> assertThat(moved.eventId()).isEqualTo(event));
        // The user who moved up hears of it in the inbox; the one who cancelled does not.
        as(Tokens.of(movedUser, "enterprise")).get("/api/notifications").then().statusCode(200)
                .body("items.topic", org.hamcrest.Matchers.contains("REGISTRATION_MOVED_UP"))
                .body("items[0].link", equalTo("/api/events/" + event));
        as(Tokens.of(aRegistered, "enterprise")).get("/api/notifications").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        // Leaving the waiting list frees no place: nobody moves up.
        String second = users.stream().filter(u -> !u.equals(movedUser))
                .filter(u -> as(Tokens.of(u, "enterprise")).get("/api/events/{id}/registration", event).then().extract().statusCode() == 200)
                .filter(u -> "WAITING".equals(as(Tokens.of(u, "enterprise")).get("/api/events/{id}/registration", event).then().extract().path("status")))
                .findFirst().orElseThrow();
        as(Tokens.of(second, "enterprise")).delete("/api/events/{id}/registration", event).then().statusCode(204);
        given().get("/api/events/{id}", event).then().body("registered", equalTo(3)).body("waiting", equalTo(3));
    }

    @Test
    void attendeesCheckInWithTheCodeFromTheirOwnAccountOnly() {
        EventFixtures organiser = EventFixtures.institution();
        long event = organiser.publish(organiser.lecture("签到讲座", 1, "[\"NAME\",\"PHONE\"]"));
        String code = organiser.asOwner().get("/api/events/{id}", event).then().extract().path("checkInCode");
        String attendee = unique("attendee");
        var asAttendee = as(Tokens.of(attendee, "designer"));
        as(Tokens.of(attendee, "designer")).body("{\"shared\":{\"NAME\":\"李四\"}}").post("/api/events/{id}/registration", event)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("consent", "shared.PHONE"));
        asAttendee.body("{\"shared\":{\"NAME\":\"=HYPERLINK(\\\"http://x\\\")\",\"PHONE\":\"0577-1234\",\"EMAIL\":\"not-asked@example.cn\"},\"consent\":true}")
                .post("/api/events/{id}/registration", event).then().statusCode(200).body("status", equalTo("REGISTERED"))
                .body("email", nullValue());
        String waiting = unique("waiting");
        as(Tokens.of(waiting, "enterprise")).body("{\"shared\":{\"NAME\":\"王五\",\"PHONE\":\"1\"},\"consent\":true}")
                .post("/api/events/{id}/registration", event).then().statusCode(200).body("status", equalTo("WAITING"));

        as(Tokens.of(attendee, "designer")).body("{\"code\":\"WRONG123\"}").post("/api/events/{id}/check-in", event).then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        organiser.asOwner().body("{\"code\":\"" + code + "\"}").post("/api/events/{id}/check-in", event).then().statusCode(404);
        as(Tokens.of(waiting, "enterprise")).body("{\"code\":\"" + code + "\"}").post("/api/events/{id}/check-in", event).then().statusCode(409);
        as(Tokens.of(attendee, "designer")).body("{\"code\":\"" + code.toLowerCase() + "\"}").post("/api/events/{id}/check-in", event)
                .then().statusCode(200).body("checkedInAt", notNullValue());

        as(Tokens.of(attendee, "designer")).get("/api/events/{id}/registrations", event).then().statusCode(403);
        organiser.asOwner().get("/api/events/{id}/registrations", event).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.contains("=HYPERLINK(\"http://x\")", "王五"))
                .body("[0].email", nullValue());
        String csv = organiser.asOwner().get("/api/events/{id}/registrations.csv", event).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().toList().get(0)).isEqualTo("status,waitingPosition,registeredAt,name,phone,checkedInAt");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\",0577-1234,").doesNotContain("not-asked");
        as(Tokens.of(attendee, "designer")).get("/api/events/{id}/registrations.csv", event).then().statusCode(403);
    }

    @Test
    void calendarFilesEscapeHostileTextAndFeedsNeedTheirToken() {
        EventFixtures organiser = EventFixtures.institution();
        long event = organiser.publish(organiser.lecture("标题\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:injected", 5, "[]"));
        String ics = given().get("/api/events/{id}.ics", event).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("UID:event-" + event + "@fashion.wenzhou.library");
        assertThat(ics.lines().filter(line -> line.startsWith("BEGIN:VEVENT")).count()).isEqualTo(1);
        assertThat(ics.lines().filter(line -> line.startsWith("SUMMARY:"))).singleElement().asString()
                .startsWith("SUMMARY:标题\\nBEGIN:VEVENT\\nSUMMARY:injected");

        String user = unique("feed");
        as(Tokens.of(user, "enterprise")).body("{}").post("/api/events/{id}/registration", event).then().statusCode(200);
        String url = as(Tokens.of(user, "enterprise")).post("/api/events/calendar-feed").then().statusCode(200).extract().path("url");
        assertThat(url).matches("/api/events/feeds/[A-Za-z0-9_-]{32}\\.ics");
        assertThat(as(Tokens.of(user, "enterprise")).post("/api/events/calendar-feed").then().extract().<String>path("url")).isEqualTo(url);
        assertThat(given().get(url).then().statusCode(200).extract().asString()).contains("UID:event-" + event + "@");
        given().get("/api/events/feeds/" + "A".repeat(32) + ".ics").then().statusCode(404);
        given().post("/api/events/calendar-feed").then().statusCode(401);
    }
}
