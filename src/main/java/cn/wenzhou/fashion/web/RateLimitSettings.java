package cn.wenzhou.fashion.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The rate limits of {@link RateLimits}; override with {@code library.rate-limit.*}. */
@ConfigMapping(prefix = "library.rate-limit")
public interface RateLimitSettings {

    /** Off: nothing is counted or refused. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Addresses and CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}) of the proxies in front of the service, such as
     * the Ingress: only when one of them is the direct peer does X-Forwarded-For tell the client's address.
     */
    Optional<List<String>> trustedProxies();

    /** How many clients (users and addresses) each group remembers at most; the least used are forgotten first. */
    @WithDefault("20000")
    int maxClients();

    Limit search();

    Limit matches();

    Limit cooperationRequests();

    Limit writes();

    Limit pages();

    /** At most {@code requests} per {@code period}, refilled evenly over the period. */
    interface Limit {

        long requests();

        Duration period();
    }

    default Limit of(RouteGroup group) {
        return switch (group) {
            case SEARCH -> search();
            case MATCHES -> matches();
            case COOPERATION_REQUESTS -> cooperationRequests();
            case WRITES -> writes();
            case PAGES -> pages();
        };
    }
}
