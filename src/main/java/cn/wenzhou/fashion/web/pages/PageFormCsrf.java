package cn.wenzhou.fashion.web.pages;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import cn.wenzhou.fashion.web.RouteGroup;
import io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF filter of {@code quarkus-rest-csrf} for the pages only. The extension filters every route of the
 * service; the API is outside what CSRF is about (it takes bearer tokens, never cookies) and so are the NDJSON import
 * and links that carry their own token, so on them it neither sets its cookie nor asks for the token. On the pages
 * it works as the extension documents: a GET sets the {@code csrf-token} cookie and the value that
 * {@code templates/tags/csrf.html} puts in each form; a POST, PUT, PATCH or DELETE without the matching field
 * (or {@code X-CSRF-TOKEN} header) gets 400. This bean takes the place of the extension's (an alternative of its
 * type), whose filter methods call it.
 */
@Alternative
@Priority(1)
@Singleton
public class PageFormCsrf extends CsrfRequestResponseReactiveFilter {

    @Override
    public void filter(ResteasyReactiveContainerRequestContext requestContext, RoutingContext routing) {
        if (RouteGroup.isPage(routing.normalizedPath())) {
            super.filter(requestContext, routing);
        }
    }
}
