package cn.wenzhou.fashion.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.wenzhou.fashion.security.Caller;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Rate limits per {@link RouteGroup}: a signed-in user is counted by the token's subject, an anonymous caller by
 * the client's address ({@link TrustedProxies}). Over the limit, 429 with Retry-After (seconds) and a problem. The
 * buckets live in this instance's memory: with several instances each counts on its own, so a client may get up
 * to that many times the limit. Each refusal counts in {@code library.rate.limit.refusals}, tagged by the group. Each group remembers at most {@code max-clients} clients (Caffeine keeps the most
 * used), and forgets one after a period without requests, when its bucket would be full again anyway.
 * <p>
 * Application-scoped, so that it is made on the first request: Quarkus REST makes its filters at static
 * initialisation, before the runtime settings exist.
 */
@ApplicationScoped
public class RateLimits {

    private final RateLimitSettings settings;
    private final CurrentIdentityAssociation identities;
    private final TrustedProxies proxies;
    private final Map<RouteGroup, Cache<String, Bucket>> buckets = new EnumMap<>(RouteGroup.class);
    private final Map<RouteGroup, Counter> refusals = new EnumMap<>(RouteGroup.class);

    public RateLimits(RateLimitSettings settings, CurrentIdentityAssociation identities, MeterRegistry registry) {
        this.settings = settings;
        this.identities = identities;
        this.proxies = new TrustedProxies(settings.trustedProxies().orElse(List.of()));
        for (RouteGroup group : RouteGroup.values()) {
            buckets.put(group, Caffeine.newBuilder().maximumSize(settings.maxClients())
                    .expireAfterAccess(settings.of(group).period()).build());
            refusals.put(group, Counter.builder("library.rate.limit.refusals").tag("group", group.settingName())
                    .description("Requests refused with 429 (or a page saying so) over a rate limit").register(registry));
        }
    }

    /** After matching, so that only requests a resource answers are counted; before the body is read. */
    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        Optional<RouteGroup> group = settings.enabled()
                ? RouteGroup.of(request.getMethod(), request.getUriInfo().getPath())
                : Optional.empty();
        if (group.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        // The identity without blocking: this filter may run on the I/O thread. A token that fails is not this
        // filter's to refuse (an open route may ignore it): its caller counts by address, and a rule that needs the
        // identity answers 401 or 403 as ever.
        return identities.getDeferredIdentity().onFailure().recoverWithNull()
                .map(identity -> take(group.get(), client(identity, http)));
    }

    private String client(SecurityIdentity identity, HttpServerRequest http) {
        return identity == null || identity.isAnonymous() ? "address " + proxies.clientOf(http) : "user " + Caller.subjectOf(identity);
    }

    /**
     * For a page route that does what an API group does (a page's cooperation request, its live preview of
     * matches): takes one request from the caller's bucket of that group, which the API shares, so a page is no
     * way around the API's limit. The page route shows the refusal its own way.
     *
     * @return the seconds to wait when the limit is reached; empty when the request may go on
     */
    public OptionalLong take(RouteGroup group, SecurityIdentity identity, HttpServerRequest http) {
        return settings.enabled() ? secondsToWait(group, client(identity, http)) : OptionalLong.empty();
    }

    /** Null when the request may go on; the 429 otherwise. */
    private Response take(RouteGroup group, String client) {
        OptionalLong wait = secondsToWait(group, client);
        if (wait.isEmpty()) {
            return null;
        }
        RateLimitSettings.Limit limit = settings.of(group);
        long seconds = wait.getAsLong();
        String detail = "More than %d %s requests in %s from this %s (library.rate-limit.%s): retry in %d s".formatted(
                limit.requests(), group.settingName(), limit.period().toString().substring(2).toLowerCase(),
                client.startsWith("user") ? "user" : "address", group.settingName(), seconds);
        return Response.fromResponse(Problem.response(429, "Too Many Requests", detail, List.of()))
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private OptionalLong secondsToWait(RouteGroup group, String client) {
        RateLimitSettings.Limit limit = settings.of(group);
        Bucket bucket = buckets.get(group).get(client, key -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        refusals.get(group).increment();
        // Whole seconds, rounded up: a client that waits as told is served.
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000));
    }
}
