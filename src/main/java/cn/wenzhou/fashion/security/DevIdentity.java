package cn.wenzhou.fashion.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.wenzhou.fashion.domain.Roles;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;

/**
 * Dev mode without Keycloak: every request without a token runs as the user {@value #NAME} with every role, so
 * that the embedded default can be tried without a sign-in server; with the header {@value #HEADER} it runs as
 * one of the realm's demo users instead, with that user's role (the dev admin alone can no longer complete a
 * workflow: admins own nothing and decide nothing they are party to). The pages' header sets the cookie
 * {@value #COOKIE} to one of {@link #choices()} instead, which counts like the header ({@value #VISITOR}: nobody,
 * to see what anonymous readers see). Off unless {@code library.security.dev-identity.enabled}; the service
 * refuses to start with it in production.
 */
@ApplicationScoped
public class DevIdentity implements SecurityIdentityAugmentor {

    public static final String NAME = "dev-admin";
    public static final String HEADER = "X-Dev-User";
    public static final String COOKIE = "dev-user";
    public static final String VISITOR = "anonymous";
    /** The demo users of keycloak/realm-library.json and their realm roles; their subject is their name here. */
    static final Map<String, String> DEMO_USERS = Map.of(
            "admin", Roles.ADMIN, "admin-b", Roles.ADMIN,
            "ent-a", Roles.ENTERPRISE, "ent-b", Roles.ENTERPRISE,
            "inst-a", Roles.INSTITUTION, "designer-a", Roles.DESIGNER);

    private final boolean enabled;
    private final CurrentVertxRequest request;

    public DevIdentity(@ConfigProperty(name = "library.security.dev-identity.enabled", defaultValue = "false") boolean enabled,
            CurrentVertxRequest request) {
        this.enabled = enabled;
        this.request = request;
    }

    void refuseInProduction(@Observes StartupEvent event) {
        if (enabled && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("library.security.dev-identity.enabled lets anyone act as an admin: it is for dev mode only");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whom dev mode's pages may act as: the dev admin, each demo user, and nobody ({@value #VISITOR}). */
    public static List<String> choices() {
        List<String> choices = new ArrayList<>();
        choices.add(NAME);
        choices.addAll(new TreeSet<>(DEMO_USERS.keySet()));
        choices.add(VISITOR);
        return choices;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!enabled || !identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String chosen = chosenUser();
        if (chosen != null && !choices().contains(chosen)) {
            return Uni.createFrom().failure(new AuthenticationFailedException(HEADER + " names no demo user: one of " + choices()));
        }
        if (VISITOR.equals(chosen)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(chosen == null || NAME.equals(chosen)
                ? QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(NAME)).addRoles(Roles.ALL).build()
                : QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(chosen)).addRole(DEMO_USERS.get(chosen)).build());
    }

    /** The header, else the pages' cookie; null when the request names nobody. */
    private String chosenUser() {
        if (request.getCurrent() == null) {
            return null;
        }
        String header = request.getCurrent().request().getHeader(HEADER);
        if (header != null) {
            return header;
        }
        var cookie = request.getCurrent().request().getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
