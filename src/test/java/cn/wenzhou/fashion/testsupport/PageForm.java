package cn.wenzhou.fashion.testsupport;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A form of a page, posted as a browser posts it: the page is read first (GET), its hidden fields (such as the CSRF
 * token) and its cookies go back with the fields the user fills in. Redirects are not followed, so a test sees them.
 */
public record PageForm(String action, Map<String, List<String>> fields, Map<String, String> cookies) {

    /** The form {@code selector} of the page at {@code path}, with the values its fields hold (checked boxes only). */
    public static PageForm of(String path, String selector) {
        return of(given(), path, selector);
    }

    /** The same, read with a request that carries credentials (a bearer token); post it with {@link #post(RequestSpecification)}. */
    public static PageForm of(RequestSpecification request, String path, String selector) {
        Response page = request.when().get(path).then().statusCode(200).extract().response();
        Element form = Jsoup.parse(page.asString()).selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector + " on " + path);
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("textarea") ? input.text()
                    : input.tagName().equals("select") ? selected(input) : input.attr("value");
            fields.merge(input.attr("name"), List.of(value), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
        return new PageForm(form.attr("action"), fields, page.getCookies());
    }

    private static String selected(Element select) {
        Element option = select.selectFirst("option[selected]");
        option = option == null ? select.selectFirst("option") : option;
        return option == null ? "" : option.attr("value");
    }

    /** The first value of a field as the page filled it in; null when the form has no such field. */
    public String value(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The same form with the field set to these values (none: the field left out, as an unchecked box). */
    public PageForm with(String name, String... values) {
        Map<String, List<String>> changed = new LinkedHashMap<>(fields);
        changed.put(name, List.of(values));
        return new PageForm(action, changed, cookies);
    }

    /** The same fields posted to another route of the page, as htmx posts them ({@code hx-post} with {@code hx-include}). */
    public PageForm to(String otherAction) {
        return new PageForm(otherAction, fields, cookies);
    }

    public Response post() {
        return post(given());
    }

    public Response post(RequestSpecification request) {
        request.cookies(cookies).contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false);
        fields.forEach((name, values) -> {
            if (!values.isEmpty()) {
                request.formParam(name, values.toArray());
            }
        });
        return request.when().post(action).then().extract().response();
    }
}
