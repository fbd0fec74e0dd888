package cn.wenzhou.fashion.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.wenzhou.fashion.domain.Roles;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Dev mode without Keycloak: every request without a token runs as the user {@value #NAME} with every
 * role, so that the embedded default can be tried without a sign-in server. Off unless
 * {@code library.security.dev-identity.enabled}; the service refuses to start with it in production.
 */
@ApplicationScoped
public class DevIdentity implements SecurityIdentityAugmentor {

    public static final String NAME = "dev-admin";

    private final boolean enabled;

    public DevIdentity(@ConfigProperty(name = "library.security.dev-identity.enabled", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    void refuseInProduction(@Observes StartupEvent event) {
        if (enabled && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("library.security.dev-identity.enabled lets anyone act as an admin: it is for dev mode only");
        }
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!enabled || !identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(NAME))
                .addRoles(Roles.ALL)
                .build());
    }
}
