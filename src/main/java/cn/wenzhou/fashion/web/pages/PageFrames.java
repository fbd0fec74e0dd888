package cn.wenzhou.fashion.web.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import cn.wenzhou.fashion.notification.NotificationInbox;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.DevIdentity;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;

import lombok.RequiredArgsConstructor;

/** The frame of the current request's page and the response that carries a page: one place for every page class. */
@RequestScoped
@RequiredArgsConstructor
public class PageFrames {

    private final HttpHeaders headers;
    private final UriInfo uri;
    private final Caller caller;
    private final DevIdentity devIdentity;
    private final NotificationInbox inbox;

    /** The frame in the language the reader chose ({@code lang}, else cookie, else browser). */
    PageFrame frame(String lang) {
        return frame(lang, user());
    }

    /**
     * The frame of a page answered on the IO thread, before a worker took the request (a body refused by its length or
     * its media type): the reader's identity is not resolved there, and resolving it may block, so the header shows
     * nobody signed in and no forms.
     */
    PageFrame frameBeforeSignIn(String lang) {
        return frame(lang, new PageUser(null, relative(uri.getRequestUri()), List.of(), null, Set.of(), false, 0));
    }

    private PageFrame frame(String lang, PageUser user) {
        PageText text = PageLanguage.of(lang, headers);
        String other = text.english() ? PageText.ZH : PageText.EN;
        return new PageFrame(text, relative(uri.getRequestUriBuilder().replaceQueryParam("lang", other).build()), user);
    }

    /** The frame of a post's answer: its language link leads to {@code page}, since the post's address answers no GET. */
    PageFrame frameAt(String page) {
        PageFrame chosen = frame(null);
        return new PageFrame(chosen.text(), page + "?lang=" + (chosen.text().english() ? PageText.ZH : PageText.EN), chosen.user());
    }

    private PageUser user() {
        String here = relative(uri.getRequestUri());
        // The unread count is a query: not on the IO thread (an error page answered there, such as a 403 of the
        // security check, shows none).
        long unread = caller.signedIn() && BlockingOperationControl.isBlockingAllowed() ? inbox.unread() : 0;
        if (!devIdentity.enabled()) {
            return new PageUser(caller.name(), here, List.of(), null, caller.roles(), true, unread);
        }
        String name = caller.name();
        return new PageUser(name, here, DevIdentity.choices(), name == null ? DevIdentity.VISITOR : name, caller.roles(), true, unread);
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

    /**
     * Where to send the reader back to after signing in or choosing a dev user: a path of this host, else home (an
     * address from a link must not lead elsewhere).
     */
    static URI localTarget(String to) {
        if (to == null || !to.startsWith("/") || to.startsWith("//")) {
            return URI.create("/");
        }
        try {
            URI target = new URI(to);
            return target.isAbsolute() || target.getRawAuthority() != null ? URI.create("/") : target;
        } catch (URISyntaxException e) {
            return URI.create("/");
        }
    }

    /** Links stay on this host: only path and query. */
    static String relative(URI target) {
        return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }
}
