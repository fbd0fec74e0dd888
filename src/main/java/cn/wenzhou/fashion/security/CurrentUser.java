package cn.wenzhou.fashion.security;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.wenzhou.fashion.common.LibraryRecord;
import io.quarkus.security.identity.SecurityIdentity;

/** Who sends the current request, as the rules of the library need it. */
@Singleton
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /**
     * The stable id that records keep as their owner: the token's subject ({@code sub}), which, unlike the
     * user name, never changes; the principal name for identities without a token (tests, dev identity).
     */
    public String subject() {
        if (identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** The user name to show: Keycloak's {@code preferred_username}. */
    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The library's roles the user has (other roles of the token are not the library's business). */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(Roles.ALL);
        return roles;
    }

    public boolean owns(LibraryRecord record) {
        return signedIn() && record.ownerId != null && record.ownerId.equals(subject());
    }
}
