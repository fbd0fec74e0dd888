package cn.wenzhou.fashion.common;

import java.util.Set;

import io.quarkus.security.ForbiddenException;

/**
 * Who acts on a workflow: the signed-in user's id, roles and the profiles it owns. Workflow services take
 * one explicitly and enforce access themselves, so that the way a user signs in does not matter to them.
 */
public record Actor(String userId, Set<String> roles, Set<ProfileRef> profiles) {

    public static final String ADMIN = "admin";
    public static final String ENTERPRISE = "enterprise";
    public static final String INSTITUTION = "institution";
    public static final String DESIGNER = "designer";

    public Actor {
        roles = Set.copyOf(roles);
        profiles = Set.copyOf(profiles);
    }

    /** A profile of the library, addressed by its kind ({@code enterprise}, {@code institution}, {@code designer}) and id. */
    public record ProfileRef(String kind, long id) {
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** Whether the actor owns the profile: it is among its profiles, or the record's owner is the actor. */
    public boolean owns(String kind, LibraryRecord profile) {
        return profile != null && (profiles.contains(new ProfileRef(kind, profile.id))
                || userId != null && userId.equals(profile.ownerId));
    }

    /** Refuses anyone but an admin. */
    public void requireAdmin(String what) {
        if (!isAdmin()) {
            throw new ForbiddenException("Only the bureau's admins may " + what);
        }
    }

    /** A short name of the actor for audit trails. */
    public String name() {
        return userId != null ? userId : profiles.isEmpty() ? "anonymous" : profiles.iterator().next().kind() + ":" + profiles.iterator().next().id();
    }
}
