package cn.wenzhou.fashion.web.pages;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;

import cn.wenzhou.fashion.testsupport.Parties;
import io.restassured.http.ContentType;

/** Records whose name and description hold markup that would run if a page inserted it as HTML. */
final class HostileRecords {

    static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    /** A word of the name to search for: the markup itself is not searchable text. */
    static final String WORD = "恶意检测站";
    static final String PHONE = "0577-88990011";
    static final String EMAIL = "lab@example.cn";

    private HostileRecords() {
    }

    /** An institution with markup in name and description and contact details that anonymous readers must not see. */
    static long institution() {
        String body = """
                {"externalId":"%s","name":"%s%s","type":"TESTING_LAB","description":"%s 鞋底防滑检测",
                 "industries":["FOOTWEAR"],
                 "capabilities":[{"category":"TESTING_CERTIFICATION","title":"%s","voucherEligible":true}],
                 "location":{"country":"CN","city":"温州市","district":"LUCHENG"},
                 "contact":{"person":"张工","phone":"%s","email":"%s"}}
                """.formatted(unique("hostile"), WORD, json(MARKUP), json(MARKUP), json(MARKUP), PHONE, EMAIL);
        return Parties.asAdmin().contentType(ContentType.JSON).body(body).when().post("/api/institutions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String json(String text) {
        return text.replace("\"", "\\\"");
    }
}
