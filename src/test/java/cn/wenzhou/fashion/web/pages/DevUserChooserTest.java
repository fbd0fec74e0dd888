package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.testsupport.DevIdentityOn;
import cn.wenzhou.fashion.testsupport.PageForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Dev mode without Keycloak: the header's chooser makes the pages (and the API in the browser) act as a demo user. */
@QuarkusTest
@TestProfile(DevIdentityOn.class)
class DevUserChooserTest {

    @Test
    void theHeaderOffersTheDevAdminTheDemoUsersAndNobody() {
        Document home = Jsoup.parse(given().when().get("/").then().statusCode(200).extract().asString());
        assertThat(home.select("select#dev-user option").eachAttr("value"))
                .containsExactly("dev-admin", "admin", "admin-b", "designer-a", "ent-a", "ent-b", "inst-a", "anonymous");
        assertThat(home.select("select#dev-user option[selected]").attr("value")).isEqualTo("dev-admin");
        assertThat(home.select("label[for=dev-user]")).hasSize(1);
        assertThat(home.select("a.sign-in")).isEmpty();
    }

    @Test
    void aChosenDemoUserIsWhomThePagesAndTheApiActAs() {
        PageForm chooser = PageForm.of("/search?q=鞋", "form[action=/dev-user]");
        assertThat(chooser.value("to")).isEqualTo("/search?q=%E9%9E%8B");
        Response chosen = chooser.with("user", "ent-a").post()
                .then().statusCode(303).header("Location", endsWith("/search?q=%E9%9E%8B")).extract().response();
        assertThat(chosen.cookie("dev-user")).isEqualTo("ent-a");

        Document home = Jsoup.parse(given().cookie("dev-user", "ent-a").when().get("/").then().statusCode(200).extract().asString());
        assertThat(home.select("select#dev-user option[selected]").attr("value")).isEqualTo("ent-a");
        given().cookie("dev-user", "ent-a").when().get("/api/me").then().statusCode(200).body("subject", equalTo("ent-a"));
        given().cookie("dev-user", "anonymous").when().get("/api/me").then().statusCode(401);
    }

    @Test
    void theChooserTakesOnlyItsChoicesAndItsCsrfToken() {
        PageForm chooser = PageForm.of("/", "form[action=/dev-user]");
        chooser.with("user", "mallory").post().then().statusCode(400);
        chooser.with("user", "admin").with("csrf-token", "").post().then().statusCode(400);
        given().cookie("dev-user", "mallory").when().get("/api/me").then().statusCode(401);
    }
}
