package cn.wenzhou.fashion.testsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.wenzhou.fashion.domain.CreditCodes;
import io.restassured.http.ContentType;

/** Valid request bodies and helpers that tests vary one field at a time. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * {@code prefix} and eight random letters: a word no other record carries. Letters only, as the analyzers cut digits
     * into words of their own that thousands of test records share.
     */
    public static String uniqueWord(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> word.append((char) c));
        return word.toString();
    }

    /** A valid unified social credit code that no other test uses. */
    public static String uniqueCreditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91330302");
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return CreditCodes.withCheckCharacter(code.toString());
    }

    public static String corpus() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/eval/corpus.ndjson")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports as the test's user ({@code @TestSecurity}) and waits for the job: its status when finished. */
    public static Map<String, Object> importNdjson(String ndjson) {
        return ImportJobs.importNdjson(ndjson);
    }

    public static String institution(String externalId, String name) {
        return """
                {"externalId":"%s","name":"%s","nameEn":"Test Institute","type":"TESTING_LAB",
                 "description":"提供鞋类检测服务","industries":["FOOTWEAR"],
                 "capabilities":[{"category":"TESTING_CERTIFICATION","title":"成品鞋防滑性能检测","description":"湿态防滑测试","voucherEligible":true}],
                 "tags":["防滑","检测"],
                 "location":{"country":"CN","province":"浙江省","city":"温州市","district":"LUCHENG"},
                 "voucherProvider":true,"settled":true,
                 "contact":{"person":"张工","phone":"0577-88990011","email":"lab@example.cn"}}
                """.formatted(externalId, name);
    }

    public static String enterprise(String externalId, String creditCode) {
        return """
                {"externalId":"%s","name":"温州测试鞋业有限公司","creditCode":"%s","industries":["FOOTWEAR"],
                 "district":"OUHAI","size":"SMALL","description":"生产男士皮鞋"}
                """.formatted(externalId, creditCode);
    }

    /**
     * The body as a user may send it: without an external id (the library assigns those of users' records) and
     * without the marks that only the bureau's admins set.
     */
    public static String asUserSends(String body) {
        return body.replaceFirst("\"externalId\":\"[^\"]*\",", "")
                .replace("\"voucherProvider\":true", "\"voucherProvider\":false")
                .replace("\"settled\":true", "\"settled\":false")
                .replace("\"voucherEligible\":true", "\"voucherEligible\":false");
    }

    public static long create(String path, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
