package cn.wenzhou.fashion.web;

import java.util.Optional;
import java.util.Set;

/**
 * The groups of routes that have a rate limit of their own ({@code library.rate-limit.<name>.*}, see
 * {@link RateLimits}). Other calls, such as reading a record or a list, are not limited.
 */
public enum RouteGroup {

    /** {@code GET /api/search} and {@code GET /api/suggest}: open to anyone, a query each. */
    SEARCH("search"),
    /**
     * Every {@code /matches} route: the preview of a draft need (open to anyone) and the matches of a record; and a
     * need's voucher eligibility, which ranks its matches too.
     */
    MATCHES("matches"),
    /** {@code POST /api/cooperations}: each request notifies another party, so it has a limit per day. */
    COOPERATION_REQUESTS("cooperation-requests"),
    /** Every other POST, PUT, PATCH and DELETE of the API. */
    WRITES("writes"),
    /** Routes outside {@code /api} and {@code /q}: the web pages ({@code web.pages}) and their type-ahead fragment. */
    PAGES("pages");

    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final String settingName;

    RouteGroup(String settingName) {
        this.settingName = settingName;
    }

    /** Its name in the settings, {@code library.rate-limit.<name>}. */
    public String settingName() {
        return settingName;
    }

    /**
     * Whether a path is one of the pages' (everything outside {@code /api} and {@code /q}): signed in through the
     * pages' session ({@code quarkus.oidc.pages.*}), their forms checked for a CSRF token.
     */
    public static boolean isPage(String path) {
        return !(path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/"));
    }

    /** The group of a request (or of an operation of the OpenAPI document, whose path is a template). */
    public static Optional<RouteGroup> of(String method, String path) {
        String route = route(path);
        if (route.equals("/q") || route.startsWith("/q/")) {
            return Optional.empty();
        }
        if (isPage(route)) {
            return Optional.of(PAGES);
        }
        if (route.equals("/api/search") || route.equals("/api/suggest")) {
            return Optional.of(SEARCH);
        }
        if (route.equals("/api/matches") || route.endsWith("/matches") || route.endsWith("/voucher-eligibility")) {
            return Optional.of(MATCHES);
        }
        if (method.equals("POST") && route.equals("/api/cooperations")) {
            return Optional.of(COOPERATION_REQUESTS);
        }
        return WRITE_METHODS.contains(method) ? Optional.of(WRITES) : Optional.empty();
    }

    /** A request's path as its route: without a trailing slash ({@code /api/search/} is {@code /api/search}). */
    static String route(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
