package cn.wenzhou.fashion.event;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.as;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import cn.wenzhou.fashion.testsupport.Fixtures;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.restassured.specification.RequestSpecification;

/** Organisers (an institution and a designer, each owned by its approved user) and events they publish through the API. */
record EventFixtures(String user, String kind, long profileId) {

    static final ZoneId WENZHOU = ZoneId.of("Asia/Shanghai");

    /** Wenzhou wall-clock time, {@code minutes} from now, to the second. */
    static String inMinutes(long minutes) {
        return LocalDateTime.now(WENZHOU).plusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String inSeconds(long seconds) {
        return LocalDateTime.now(WENZHOU).plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static EventFixtures institution() {
        return institution(unique("organiser"));
    }

    /** An institution of {@code user}, for a page test that signs in as them ({@code @TestSecurity}). */
    static EventFixtures institution(String user) {
        long id = as(Tokens.of(user, "institution")).body(Fixtures.asUserSends(Fixtures.institution(unique("inst"), "活动测试研究院")))
                .post("/api/institutions").then().statusCode(201).extract().jsonPath().getLong("id");
        approve("/api/institutions", id);
        return new EventFixtures(user, "institution", id);
    }

    static EventFixtures designer(String name) {
        String user = unique("designer");
        long id = as(Tokens.of(user, "designer")).body("""
                {"name":"%s","description":"鞋履设计","industries":["FOOTWEAR"],
                 "location":{"country":"CN","province":"浙江省","city":"温州市","district":"OUHAI"}}""".formatted(name))
                .post("/api/designers").then().statusCode(201).extract().jsonPath().getLong("id");
        approve("/api/designers", id);
        return new EventFixtures(user, "designer", id);
    }

    private static void approve(String path, long id) {
        asAdmin().body("{}").post(path + "/{id}/approval", id).then().statusCode(200).body("ownerApproved", equalTo(true));
    }

    RequestSpecification asOwner() {
        return as(Tokens.of(user, kind));
    }

    /** A lecture at a place, starting in 30 minutes (check-in is open), registration open now. */
    String lecture(String title, int capacity, String attendeeFields) {
        return """
                {"eventType":"LECTURE","titleZh":"%s","titleEn":"Lecture","descriptionZh":"鞋履设计趋势",
                 "startsAt":"%s","endsAt":"%s","district":"LUCHENG","address":"鹿城区车站大道1号",
                 "organiserKind":"%s","organiserId":%d,"speakers":[{"name":"王老师"}],"capacity":%d,
                 "registrationOpensAt":"%s","industries":["FOOTWEAR"],"topics":["鞋履设计"],"attendeeFields":%s}
                """.formatted(title, inMinutes(30), inMinutes(150), kind, profileId, capacity, inMinutes(-60), attendeeFields);
    }

    long publish(String body) {
        return asOwner().body(body).post("/api/events").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
