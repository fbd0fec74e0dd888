package cn.wenzhou.fashion.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a page route answered, and what the run reads from it: whether the answer refuses the request, and markup in
 * it that no page of the service makes, which can only have come from the request unescaped.
 */
record PageAnswer(int status, String contentType, String location, String body) {

    /** What the request's notice says on the need page it redirects to ({@code NeedPages.Notice}): only REQUESTED accepts. */
    private static final Pattern NOTICE = Pattern.compile("[?&]notice=([A-Z_]+)");

    boolean html() {
        return contentType != null && contentType.startsWith("text/html");
    }

    /**
     * A refusal: a 4xx (the pages answer a refused change with a page of the API's status, the workspace's and the
     * bureau's with a notice of class {@code refused}), a redirect to a notice other than REQUESTED (a request of
     * cooperation on the need page), or a 200 page whose notice refuses.
     */
    boolean refused() {
        if (status >= 400 && status < 500) {
            return true;
        }
        if (status == 303 && location != null) {
            Matcher notice = NOTICE.matcher(location);
            return notice.find() && !notice.group(1).equals("REQUESTED");
        }
        return status == 200 && html() && !Jsoup.parse(body).select(".notice.refused").isEmpty();
    }

    /**
     * Markup that only an unescaped request could have put there: the pages have no inline script, no {@code on*}
     * attribute (PagesHtmlTest) and no element that the run's hostile values make. Empty when there is none.
     */
    List<String> hostileMarkup() {
        List<String> found = new ArrayList<>();
        if (!html()) {
            return found;
        }
        Document page = Jsoup.parse(body);
        page.select("script:not([src])").forEach(script -> found.add("inline script: " + abbreviated(script.outerHtml())));
        page.select("[^on]").forEach(element -> found.add("on* attribute: " + abbreviated(element.outerHtml())));
        page.select("img[src=x], bad-markup").forEach(element -> found.add("element of a request: " + abbreviated(element.outerHtml())));
        return found;
    }

    private static String abbreviated(String html) {
        return html.length() <= 120 ? html : html.substring(0, 120) + "…";
    }
}
