package cn.wenzhou.fashion.event;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CompetitionApiTest {

    private static final String SCORES_A = "{\"scores\":{\"创意\":8,\"工艺\":9}}";

    @Test
    void judgesScoreAfterTheWindowNeverTheirOwnOrCooperatingOrDeclaredEntriesAndTheWinnerGetsAnAward() {
        EventFixtures organiser = EventFixtures.institution();
        EventFixtures designerA = EventFixtures.designer("大赛设计师甲");
        // Designer B cooperates with the enterprise whose owner judges.
        Parties cooperating = Parties.with(unique("大赛"), "designer", """
                {"name":"大赛设计师乙","description":"皮具设计","industries":["LEATHER"],
                 "location":{"country":"CN","province":"浙江省","city":"温州市","district":"RUIAN"}}""");
        cooperating.request();
        RequestSpecification asDesignerB = as(Tokens.of(cooperating.partnerUser(), "designer"));
        String judge = unique("judge");
        String stranger = unique("stranger");

        Instant closes = Instant.now().plusSeconds(25);
        long competition = organiser.publish("""
                {"eventType":"COMPETITION","titleZh":"瓯海鞋履设计大赛","startsAt":"%s","endsAt":"%s","district":"OUHAI","address":"瓯海区娄桥街道",
                 "organiserKind":"institution","organiserId":%d,"capacity":200,"rules":"原创作品","categories":["鞋履"],"criteria":["创意","工艺"],
                 "submissionsOpenAt":"%s","submissionsCloseAt":"%s"}
                """.formatted(EventFixtures.inMinutes(600), EventFixtures.inMinutes(720), organiser.profileId(), EventFixtures.inMinutes(-10),
                EventFixtures.inSeconds(25)));
        String entries = "/api/events/" + competition + "/competition/entries";

        designerA.asOwner().body(entry(designerA.profileId(), "秋冬")).post(entries).then().statusCode(400).body("errors[0].field", equalTo("category"));
        asDesignerB.body(entry(designerA.profileId(), "鞋履")).post(entries).then().statusCode(403);
        long entryA = designerA.asOwner().body(entry(designerA.profileId(), "鞋履")).post(entries).then().statusCode(201).extract().jsonPath().getLong("id");
        designerA.asOwner().body(entry(designerA.profileId(), "鞋履")).post(entries).then().statusCode(409);
        long entryB = asDesignerB.body(entry(cooperating.partnerId(), "鞋履")).post(entries).then().statusCode(201).extract().jsonPath().getLong("id");

        String judges = "/api/events/" + competition + "/competition/judges";
        as(Tokens.of(stranger, "institution")).body("{\"userId\":\"" + judge + "\"}").post(judges).then().statusCode(403);
        for (String user : new String[] { judge, designerA.user(), cooperating.enterpriseUser() }) {
            organiser.asOwner().body("{\"userId\":\"" + user + "\"}").post(judges).then().statusCode(200).body("status", equalTo("INVITED"));
        }
        as(Tokens.of(judge, "enterprise")).body(SCORES_A).put(entries + "/{e}/scores", entryA).then().statusCode(403); // not accepted yet
        as(Tokens.of(stranger, "enterprise")).post(judges + "/acceptance").then().statusCode(403);
        as(Tokens.of(judge, "enterprise")).post(judges + "/acceptance").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        designerA.asOwner().post(judges + "/acceptance").then().statusCode(200);
        cooperating.asEnterprise().post(judges + "/acceptance").then().statusCode(200);
        organiser.asOwner().get(judges).then().statusCode(200).body("status", containsInAnyOrder("ACCEPTED", "ACCEPTED", "ACCEPTED"));

        // Before the window closes, entries are not scored; judges see them all, entrants only theirs.
        as(Tokens.of(judge, "enterprise")).body(SCORES_A).put(entries + "/{e}/scores", entryA).then().statusCode(409);
        as(Tokens.of(judge, "enterprise")).get(entries).then().statusCode(200).body("id", containsInAnyOrder((int) entryA, (int) entryB));
        asDesignerB.get(entries).then().statusCode(200).body("id", containsInAnyOrder((int) entryB));
        as(Tokens.of(judge, "enterprise")).body("{\"reason\":\"乙是我的前同事\"}").post(entries + "/{e}/conflict", entryB).then().statusCode(204);

        // Polls until the window closes (the service runs on the real clock): then the incomplete scores are a 400 naming the criterion.
        awaitStatus(() -> as(Tokens.of(judge, "enterprise")).body("{\"scores\":{\"创意\":8}}").put(entries + "/{e}/scores", entryA), 400, closes)
                .then().body("errors.field", hasItem("scores.工艺"));
        as(Tokens.of(judge, "enterprise")).body("{\"scores\":{\"创意\":11,\"工艺\":9,\"色彩\":5}}").put(entries + "/{e}/scores", entryA)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("scores.创意", "scores.色彩"));
        as(Tokens.of(judge, "enterprise")).body(SCORES_A).put(entries + "/{e}/scores", entryA).then().statusCode(200);
        as(Tokens.of(judge, "enterprise")).body(SCORES_A).put(entries + "/{e}/scores", entryB).then().statusCode(403); // declared conflict
        designerA.asOwner().body(SCORES_A).put(entries + "/{e}/scores", entryA).then().statusCode(403); // owns the profile
        designerA.asOwner().body("{\"scores\":{\"创意\":6,\"工艺\":6}}").put(entries + "/{e}/scores", entryB).then().statusCode(200);
        cooperating.asEnterprise().body(SCORES_A).put(entries + "/{e}/scores", entryB).then().statusCode(403); // cooperates with B
        cooperating.asEnterprise().body("{\"scores\":{\"创意\":7,\"工艺\":7}}").put(entries + "/{e}/scores", entryA).then().statusCode(200);

        String results = "/api/events/" + competition + "/competition/results";
        as(Tokens.of(judge, "enterprise")).post(results).then().statusCode(403);
        organiser.asOwner().post(results).then().statusCode(200);
        organiser.asOwner().post(results).then().statusCode(409);
        // Entry A: (17 + 14) / 2 = 15.50, rank 1; entry B: 12, rank 2 (the conflicted judge's nothing counts for nothing).
        given().get(entries).then().statusCode(200)
                .body("find { it.id == %d }.rank".formatted(entryA), equalTo(1))
                .body("find { it.id == %d }.score".formatted(entryA), equalTo(15.5f))
                .body("find { it.id == %d }.rank".formatted(entryB), equalTo(2))
                .body("find { it.id == %d }.score".formatted(entryB), equalTo(12.0f));
        as(Tokens.of(judge, "enterprise")).body(SCORES_A).put(entries + "/{e}/scores", entryA).then().statusCode(409);

        given().get("/api/events/profiles/designer/{id}", designerA.profileId()).then().statusCode(200)
                .body("awards[0].rank", equalTo(1)).body("awards[0].competition", equalTo("瓯海鞋履设计大赛"));
        given().get("/api/events/profiles/institution/{id}", organiser.profileId()).then().statusCode(200)
                .body("organised.id", hasItem((int) competition));
        given().get("/api/events/profiles/enterprise/{id}", cooperating.enterpriseId()).then().statusCode(400);
    }

    @Test
    void onlyCompetitionsHaveJudgesAndEntries() {
        EventFixtures organiser = EventFixtures.institution();
        long lecture = organiser.publish(organiser.lecture("不是大赛", 5, "[]"));
        organiser.asOwner().body("{\"userId\":\"someone\"}").post("/api/events/{id}/competition/judges", lecture).then().statusCode(404);
    }

    private static String entry(long designer, String category) {
        return """
                {"designerId":%d,"category":"%s","title":"云纹皮鞋","description":"以瓯绣纹样为灵感","imageRefs":["https://img.example.cn/a.jpg"]}
                """.formatted(designer, category);
    }

    /** Repeats the request until it answers {@code status}, at most a minute after {@code by}. */
    private static io.restassured.response.Response awaitStatus(java.util.function.Supplier<io.restassured.response.Response> request, int status,
            Instant by) {
        Instant deadline = by.plus(Duration.ofSeconds(60));
        while (true) {
            var response = request.get();
            if (response.statusCode() == status) {
                return response;
            }
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(Instant.now()).isBefore(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
