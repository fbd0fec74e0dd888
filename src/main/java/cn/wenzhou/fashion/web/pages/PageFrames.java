package cn.wenzhou.fashion.web.pages;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.TemplateInstance;

import lombok.RequiredArgsConstructor;

/** The frame of the current request's page and the response that carries a page: one place for every page class. */
@RequestScoped
@RequiredArgsConstructor
public class PageFrames {

    private final HttpHeaders headers;
    private final UriInfo uri;

    /** The frame in the language the reader chose ({@code lang}, else cookie, else browser). */
    PageFrame frame(String lang) {
        PageText text = PageLanguage.of(lang, headers);
        String other = text.english() ? PageText.ZH : PageText.EN;
        return new PageFrame(text, relative(uri.getRequestUriBuilder().replaceQueryParam("lang", other).build()));
    }

    /** A page's 200 response, remembering an explicit language choice. */
    static Response page(String lang, TemplateInstance page) {
        return page(lang, page, 200);
    }

    /** A page's response with its status (a form shown again with the reason of its refusal: 4xx). */
    static Response page(String lang, TemplateInstance page, int status) {
        // The language may come from Accept-Language or the cookie: caches must keep the versions apart.
        var response = Response.status(status).entity(page).header(HttpHeaders.VARY, "Accept-Language, Cookie");
        var remembered = PageLanguage.remembered(lang);
        return (remembered == null ? response : response.cookie(remembered)).build();
    }

    /** Links stay on this host: only path and query. */
    static String relative(URI target) {
        return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }
}
