package cn.wenzhou.fashion.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id, so that a user quoting a problem's {@code requestId} leads to the log lines of that
 * request: the {@value #HEADER} response header, the problem body and the {@code %X{requestId}} of the log format.
 * An id sent by a proxy in front (an Ingress) is kept when it looks like one; anything else is replaced, so that
 * no client writes into the log.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String LOG_KEY = "requestId";
    /** Before the body limits and the rate limits, so that their refusals carry the id too. */
    private static final int PRIORITY = 10_000;
    private static final Pattern GIVEN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void register(@Observes Filters filters) {
        filters.register(RequestIds::assign, PRIORITY);
    }

    private static void assign(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && GIVEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        MDC.put(LOG_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /** The id of the request being handled; null outside a request. */
    public static String current() {
        Object id = MDC.get(LOG_KEY);
        return id == null ? null : id.toString();
    }
}
