package cn.wenzhou.fashion.security;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Parties;
import cn.wenzhou.fashion.domain.Profile;
import cn.wenzhou.fashion.domain.ProfileRef;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

import lombok.RequiredArgsConstructor;

/**
 * Who sends the current request, as the rules of the library need it: the token's subject, the library's roles
 * and the profiles the user owns (read once per request, when first asked). The services check the rules
 * through it: 401 without a valid token where one is needed, 403 without the right role or ownership.
 */
@RequestScoped
@RequiredArgsConstructor
public class Caller {

    private final SecurityIdentity identity;
    private final Records records;
    private Parties parties;
    private Set<RecordKind> grantedKinds;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /**
     * The stable id that records keep as their owner: the token's subject ({@code sub}), which, unlike the
     * user name, never changes ({@link SubjectRequired} refuses tokens without one); the principal name for
     * identities without a token (the dev identity, tests acting as a user).
     */
    public String subject() {
        return subjectOf(identity);
    }

    /** {@link #subject()} of an identity resolved outside a request's {@code Caller} (a filter that must not block). */
    public static String subjectOf(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
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

    /** The library's roles the user has (other roles of the token are not the library's business). */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(Roles.ALL);
        return roles;
    }

    /** The user and the profiles they own; nobody and none for anonymous callers. */
    public Parties parties() {
        if (parties == null) {
            Set<ProfileRef> profiles = new LinkedHashSet<>();
            Set<RecordKind> granted = EnumSet.noneOf(RecordKind.class);
            String subject = subject();
            if (subject != null) {
                for (LibraryRecord profile : records.profilesOwnedBy(subject)) {
                    profiles.add(ProfileRef.of(profile));
                    if (((Profile) profile).ownerApproved()) {
                        granted.add(RecordKind.of(profile));
                    }
                }
            }
            parties = new Parties(subject, profiles);
            grantedKinds = granted;
        }
        return parties;
    }

    /**
     * The kinds the library granted the user: those of the profiles they own whose owner an admin approved. A
     * role of the realm alone grants none: anyone may register there.
     */
    public Set<RecordKind> grantedKinds() {
        parties();
        return grantedKinds;
    }

    /** Stored needs are for admins and users with a granted kind; others see what anonymous users see. */
    public boolean readsNeeds() {
        return isAdmin() || !grantedKinds().isEmpty();
    }

    public void requireNeedReader() {
        requireSignedIn();
        if (!readsNeeds()) {
            throw new ForbiddenException("Needs are for the library's approved enterprises, institutions and designers: "
                    + "register or claim your profile and wait for the bureau's approval");
        }
    }

    /** A need and its matches are for those who read needs, and for its owner whatever kinds they hold. */
    public void requireNeedReaderOrOwnerOf(LibraryRecord need) {
        if (!owns(need)) {
            requireNeedReader();
        }
    }

    /** Whether the record is the caller's: its owner is the caller's subject. */
    public boolean owns(LibraryRecord record) {
        return signedIn() && record != null && record.ownerId != null && record.ownerId.equals(subject());
    }

    /** The name that audit trails keep of the caller. */
    public String auditName() {
        String subject = subject();
        return subject != null ? subject : "anonymous";
    }

    public void requireSignedIn() {
        if (!signedIn()) {
            throw new UnauthorizedException("Sign in to see this");
        }
    }

    /** The role, or admin. */
    public void requireRole(String role) {
        requireSignedIn();
        if (!isAdmin() && !identity.hasRole(role)) {
            throw new ForbiddenException("Only users with the role '" + role + "' or admins may do this");
        }
    }

    /** Refuses anyone but an admin. */
    public void requireAdmin(String what) {
        requireSignedIn();
        if (!isAdmin()) {
            throw new ForbiddenException("Only the bureau's admins may " + what);
        }
    }

    /** Changes to a record are for its owner and for admins. */
    public void requireOwnerOrAdmin(LibraryRecord record) {
        requireSignedIn();
        if (!isAdmin() && !owns(record)) {
            throw new ForbiddenException("Only the owner of this record or an admin may change it");
        }
    }

    /**
     * The owner of a record the caller creates: the caller, except for admins, who enter records on behalf
     * of others; theirs stay without owner until claimed or assigned.
     */
    public String ownerOfNewRecord() {
        return isAdmin() ? null : subject();
    }
}
