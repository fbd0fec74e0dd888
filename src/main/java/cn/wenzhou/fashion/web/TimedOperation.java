package cn.wenzhou.fashion.web;

import java.util.Optional;

/**
 * The operations whose latency {@link RequestLatency} measures, one tag value each: a few fixed names, never a path
 * or an id, so that the number of time series stays bounded.
 */
public enum TimedOperation {

    /** {@code GET /api/search}. */
    SEARCH("search"),
    /** {@code GET /api/suggest}. */
    SUGGESTIONS("suggestions"),
    /** {@code POST /api/matches}: the partners of a draft need. */
    PREVIEW("preview"),
    /** Every {@code GET /api/.../{id}/matches}. */
    MATCHING("matching"),
    /** Every page route (outside {@code /api} and {@code /q}), rendering included. */
    PAGE("page");

    private final String tag;

    TimedOperation(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The operation of a request that a resource answers; empty for the rest of the API. */
    public static Optional<TimedOperation> of(String path) {
        String route = RouteGroup.route(path);
        if (route.equals("/q") || route.startsWith("/q/")) {
            return Optional.empty();
        }
        if (RouteGroup.isPage(route)) {
            return Optional.of(PAGE);
        }
        return switch (route) {
            case "/api/search" -> Optional.of(SEARCH);
            case "/api/suggest" -> Optional.of(SUGGESTIONS);
            case "/api/matches" -> Optional.of(PREVIEW);
            default -> route.endsWith("/matches") ? Optional.of(MATCHING) : Optional.empty();
        };
    }
}
