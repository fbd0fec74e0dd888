package cn.wenzhou.fashion.common;

import java.util.List;
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

    /** An id no record has (ids start at 1): keeps an "in" list of a query from being empty. */
    private static final List<Long> NONE = List.of(-1L);

    /** The ids of the actor's profiles of one kind, for an "in" condition of a query (never empty). */
    public List<Long> profileIds(String kind) {
        List<Long> ids = profiles.stream().filter(p -> p.kind().equals(kind)).map(ProfileRef::id).toList();
        return ids.isEmpty() ? NONE : ids;
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
