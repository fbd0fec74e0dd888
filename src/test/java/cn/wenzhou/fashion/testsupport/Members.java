package cn.wenzhou.fashion.testsupport;

import static cn.wenzhou.fashion.testsupport.Parties.as;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;

import io.restassured.specification.RequestSpecification;

/**
 * An institution or designer registered through the API by its own user, whom an admin approved as its owner: the
 * members who settle in and apply for incentives. {@code kind} is the API's code.
 */
public record Members(String kind, long id, String user) {

    /** A testing lab in Lucheng of the footwear industry. */
    public static Members institution(String name) {
        return register("institution", Fixtures.asUserSends(Fixtures.institution(Fixtures.unique("member"), name)));
    }

    /** A footwear designer in {@code district}. */
    public static Members designer(String name, String district) {
        return register("designer", """
                {"name":"%s","description":"鞋履设计","industries":["FOOTWEAR"],"yearsExperience":8,
                 "location":{"country":"CN","province":"浙江省","city":"温州市","district":"%s"}}""".formatted(name, district));
    }

    private static Members register(String kind, String body) {
        String user = Fixtures.unique(kind + "-member");
        long id = as(Tokens.of(user, kind)).body(body).when().post("/api/" + kind + "s").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body("{}").when().post("/api/" + kind + "s/{id}/approval", id).then().statusCode(200);
        return new Members(kind, id, user);
    }

    public RequestSpecification asOwner() {
        return as(Tokens.of(user, kind));
    }

    /** Settles in: the owner applies, an admin approves. Returns the settlement's id. */
    public long settled() {
        long settlement = asOwner().body(settlementBody("OUHAI")).when().post("/api/settlements").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body("{}").when().post("/api/settlements/{id}/approve", settlement).then().statusCode(200);
        return settlement;
    }

    public String settlementBody(String district) {
        return """
                {"profileKind":"%s","profileId":%d,"contribution":"鞋类设计与检测服务","district":"%s",
                 "spaceSquareMetres":120.50,"people":6,"documentReferences":["营业执照 330302-2026-001"]}""".formatted(kind, id, district);
    }
}
