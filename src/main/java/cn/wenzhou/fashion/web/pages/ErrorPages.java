package cn.wenzhou.fashion.web.pages;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import cn.wenzhou.fashion.web.Problem;
import cn.wenzhou.fashion.web.RequestIds;
import cn.wenzhou.fashion.web.RouteGroup;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

import lombok.RequiredArgsConstructor;

/**
 * A refusal on a page route is a page: the problem the API would answer (400 of a bad parameter, 403, 404, 409, 429,
 * the last-resort 500) rendered in the page's frame and language, with the same status and request id, instead of
 * JSON in a reader's browser. The API keeps its RFC 7807 bodies.
 */
@Provider
@RequiredArgsConstructor
public class ErrorPages implements ContainerResponseFilter {

    /** The statuses with a title of their own in labels.properties; any other has the general one. */
    private static final Set<Integer> KNOWN = Set.of(400, 403, 404, 409, 413, 415, 429, 500);

    /** The routing attribute in which quarkus-rest-csrf keeps the request's token for the forms ({@code {#csrf /}}). */
    private static final String CSRF_TOKEN = "csrf_token";
    private static final String CSRF_REFUSAL = ErrorPages.class.getName() + ".csrfRefusal";

    private final PageFrames frames;
    private final RoutingContext routing;

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(PageFrame frame, Problem problem, String title);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!RouteGroup.isPage(request.getUriInfo().getRequestUri().getRawPath())) {
            return;
        }
        Object entity = response.getEntity();
        if (entity == null && response.getStatus() == 400 && HttpMethod.POST.equals(request.getMethod())) {
            // quarkus-rest-csrf refuses a form without its valid token with an empty 400: say why, in the reader's words.
            entity = new Problem("about:blank", "Bad Request", 400, null, List.of(), RequestIds.current());
            request.setProperty(CSRF_REFUSAL, true);
        }
        if (entity instanceof Problem problem) {
            String lang = request.getUriInfo().getQueryParameters().getFirst("lang");
            // On the IO thread only an identity resolved already (routing.user()) can be read without blocking.
            boolean userKnown = BlockingOperationControl.isBlockingAllowed() || routing.user() != null;
            PageFrame frame = userKnown ? frames.frame(lang) : frames.frameBeforeSignIn(lang);
            // A refusal before the CSRF filter ran (the security check, a rate limit) has no token for the header's forms.
            frame = routing.get(CSRF_TOKEN) == null ? frame.withoutForms() : frame;
            String title = frame.text().t("error.title." + (KNOWN.contains(problem.status()) ? problem.status() : "other"));
            if (request.getProperty(CSRF_REFUSAL) != null) {
                problem = new Problem(problem.type(), problem.title(), problem.status(), frame.text().t("error.csrf"), problem.errors(), problem.requestId());
            }
            String page = Templates.error(frame, problem, title).render();
            response.setEntity(page, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8").toString());
        }
    }
}
