package cn.wenzhou.fashion.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import cn.wenzhou.fashion.domain.LibraryUser;
import cn.wenzhou.fashion.domain.Roles;
import cn.wenzhou.fashion.domain.Users;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

import lombok.RequiredArgsConstructor;

/**
 * Keeps the library's record of each user who signs in with a token (written once per token, so a sign-in or a
 * refresh, not every request), and refuses users the bureau disabled in the library with 403.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SignIns implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(SignIns.class);

    private final Users users;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (record(identity, token)) {
                throw new ForbiddenException("Your account is disabled in the library: ask the bureau's admins");
            }
            return identity;
        });
    }

    /** A claim's value as text, whether the token parser gave a Java value or a JSON one. */
    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }

    /** Records the sign-in the token stands for, if it is new; whether the user is disabled. */
    private boolean record(SecurityIdentity identity, JsonWebToken token) {
        Instant issued = Instant.ofEpochSecond(token.getIssuedAtTime());
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                LibraryUser user = users.find(token.getSubject()).orElse(null);
                // Nothing changes for a disabled user, a closed account above all: its personal fields stay erased.
                if (user != null && (user.disabled || !issued.isAfter(user.signedInAt))) {
                    return user.disabled;
                }
                boolean first = user == null;
                if (first) {
                    user = new LibraryUser();
                    user.subject = token.getSubject();
                    user.firstSignedInAt = issued;
                }
                user.name = token.getName();
                user.email = text(token.getClaim("email"));
                user.emailVerified = "true".equals(text(token.getClaim("email_verified")));
                List<String> roles = new ArrayList<>(identity.getRoles());
                roles.retainAll(Roles.ALL);
                user.realmRoles = roles.stream().sorted().toList();
                user.signedInAt = issued;
                if (first) {
                    users.persist(user);
                }
                return user.disabled;
            });
        } catch (PersistenceException concurrentFirstSignIn) {
            // Two first requests at once: the other one wrote the record; read what it says.
            LOG.debugf(concurrentFirstSignIn, "Sign-in of %s recorded concurrently", token.getSubject());
            return QuarkusTransaction.requiringNew().call(() -> users.find(token.getSubject()).map(u -> u.disabled).orElse(false));
        }
    }
}
