package cn.wenzhou.fashion.security;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.common.LibraryRecord;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The access rules of the library, checked by the services: 401 for a request without a valid token
 * where one is needed, 403 for a signed-in user without the right role or ownership.
 */
@Singleton
public class Access {

    private final CurrentUser user;

    public Access(CurrentUser user) {
        this.user = user;
    }

    public void requireSignedIn() {
        if (!user.signedIn()) {
            throw new UnauthorizedException("Sign in to see this");
        }
    }

    /** The role, or admin. */
    public void requireRole(String role) {
        requireSignedIn();
        if (!user.isAdmin() && !user.hasRole(role)) {
            throw new ForbiddenException("Only users with the role '" + role + "' or admins may do this");
        }
    }

    /** Changes to a record are for its owner and for admins. */
    public void requireOwnerOrAdmin(LibraryRecord record) {
        requireSignedIn();
        if (!user.isAdmin() && !user.owns(record)) {
            throw new ForbiddenException("Only the owner of this record or an admin may change it");
        }
    }

    /**
     * The owner of a record the current user creates: the user, except for admins, who enter records on
     * behalf of others; theirs stay without owner until claimed or assigned.
     */
    public String ownerOfNewRecord() {
        return user.isAdmin() ? null : user.subject();
    }
}
