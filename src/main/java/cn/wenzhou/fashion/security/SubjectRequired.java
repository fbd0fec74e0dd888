package cn.wenzhou.fashion.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a token without a subject ({@code sub}) as if it were invalid (401): records keep their owner's
 * subject, and the user name, which can change and be taken by someone else, must never stand in for it.
 */
@ApplicationScoped
public class SubjectRequired implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && (token.getSubject() == null || token.getSubject().isBlank())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token has no subject (sub)"));
        }
        return Uni.createFrom().item(identity);
    }
}
