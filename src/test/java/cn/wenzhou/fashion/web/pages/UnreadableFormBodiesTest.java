package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.RawHttp;
import cn.wenzhou.fashion.web.UnexpectedFailures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A form body that Quarkus REST cannot read (found by the bad-input run of the pages) is the client's 400, a page
 * that says so, not a 500 of the last-resort mapper: broken percent-encoding in a field's value or name, a pair
 * without '=', more than 1,000 fields, an unknown charset, a multipart upload cut short.
 */
@QuarkusTest
@TestSecurity(user = "unreadable-forms-admin", roles = "admin")
class UnreadableFormBodiesTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    UnexpectedFailures unexpectedFailures;

    /** The CSRF token of a page, sent back as its cookie and as the form's first field. */
    private static String token() {
        String page = given().when().get("/bureau").then().statusCode(200).extract().asString();
        return Jsoup.parse(page).select("input[name=csrf-token]").attr("value");
    }

    /** The body as it is, byte for byte: RestAssured would encode a form's body itself. */
    private static RawHttp.Answer post(String path, String token, String contentType, String body) throws IOException {
        return RawHttp.chunked("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: csrf-token=" + token + "\r\nContent-Type: " + contentType,
                List.of(body.getBytes(StandardCharsets.US_ASCII)).iterator());
    }

    private static void refusedAsUnreadable(RawHttp.Answer answer) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(Jsoup.parse(answer.body()).select("main").text()).contains("The form's body could not be read");
    }

    @Test
    void brokenPercentEncodingOfAFieldIsABadRequest() throws IOException {
        long unexpected = unexpectedFailures.count();
        String token = token();
        refusedAsUnreadable(post("/bureau/claims/987654321/approve", token, FORM, "csrf-token=" + token + "&reason=%ZZ%"));
        refusedAsUnreadable(post("/bureau/claims/987654321/approve", token, FORM, "csrf-token=" + token + "&reason=x&%"));
        assertThat(unexpectedFailures.count()).isEqualTo(unexpected);
    }

    @Test
    void aFormReadAsAWholeThatIsBrokenIsABadRequest() throws IOException {
        long unexpected = unexpectedFailures.count();
        String token = token();
        refusedAsUnreadable(post("/workspace/cooperations/987654321/decline", token, FORM, "csrf-token=" + token + "&&&x&=&"));
        refusedAsUnreadable(post("/workspace/cooperations/987654321/decline", token, FORM + "; charset=x-nothing", "csrf-token=" + token));
        assertThat(unexpectedFailures.count()).isEqualTo(unexpected);
    }

    @Test
    void moreThanAThousandFieldsIsABadRequest() throws IOException {
        long unexpected = unexpectedFailures.count();
        String token = token();
        StringBuilder fields = new StringBuilder("csrf-token=" + token);
        for (int i = 0; i < 1001; i++) {
            fields.append("&f").append(i).append('=').append(i);
        }
        refusedAsUnreadable(post("/bureau/claims/987654321/reject", token, FORM, fields.toString()));
        assertThat(unexpectedFailures.count()).isEqualTo(unexpected);
    }

    @Test
    void aMultipartUploadCutShortIsABadRequest() throws IOException {
        long unexpected = unexpectedFailures.count();
        String token = token();
        String cut = "--b\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token + "\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.ndjson\"\r\nContent-Type: application/x-ndjson\r\n\r\n{}\r\n";
        refusedAsUnreadable(post("/bureau/import", token, "multipart/form-data; boundary=b", cut));
        assertThat(unexpectedFailures.count()).isEqualTo(unexpected);
    }
}
