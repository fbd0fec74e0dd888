package cn.wenzhou.fashion.web.pages;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A form of a page as a browser posts it: the page is read first, and its hidden fields (the CSRF token among them)
 * and the cookies it set go back with the post.
 */
record PageForm(Element form, Map<String, String> cookies) {

    static PageForm of(String page, String formSelector) {
        return of(given(), page, formSelector);
    }

    static PageForm of(RequestSpecification request, String page, String formSelector) {
        Response response = request.when().get(page).then().statusCode(200).extract().response();
        Element form = Jsoup.parse(response.asString()).selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No " + formSelector + " on " + page);
        }
        return new PageForm(form, response.cookies());
    }

    Map<String, String> hiddenFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        return fields;
    }

    String csrfToken() {
        return hiddenFields().get("csrf-token");
    }

    /** The post with the page's hidden fields and cookies, plus the given fields. */
    RequestSpecification post(RequestSpecification request, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(hiddenFields());
        all.putAll(fields);
        return request.redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded").formParams(all);
    }
}
