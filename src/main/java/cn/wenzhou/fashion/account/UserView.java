package cn.wenzhou.fashion.account;

import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.domain.LibraryUser;

/** A user as admins see them in the library. */
public record UserView(String subject, String name, String email, boolean emailVerified, List<String> realmRoles,
        Instant firstSignedInAt, Instant signedInAt, boolean disabled, String disabledReason) {

    static UserView of(LibraryUser user) {
        return new UserView(user.subject, user.name, user.email, user.emailVerified, user.realmRoles, user.firstSignedInAt, user.signedInAt,
                user.disabled, user.disabledReason);
    }
}
