package cn.wenzhou.fashion.web.pages;

import java.net.URI;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

/**
 * Post/redirect/get, the one way a page's form changes something: the change (a call of the service the API calls),
 * then a redirect to where the reader sees it done. A change the services refused is answered by the page class
 * ({@code refused}: its page again with the reason, with the API's status); the refusal rolled the transaction
 * back, so nothing changed. What is no refusal is an error and goes on to the error pages.
 */
final class PageActions {

    private PageActions() {
    }

    static Response act(Runnable change, String doneLocation, Function<Refusal, Response> refused) {
        try {
            change.run();
        } catch (RuntimeException e) {
            return refused.apply(Refusal.of(e).orElseThrow(() -> e));
        }
        return seeOther(doneLocation);
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
