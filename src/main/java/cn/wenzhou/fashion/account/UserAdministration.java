package cn.wenzhou.fashion.account;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.LibraryUser;
import cn.wenzhou.fashion.domain.Users;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/** Admins see the library's users and disable them here (the realm account stays; the library refuses it). */
@Singleton
@RequiredArgsConstructor
public class UserAdministration {

    private final Users users;
    private final AuditLog audit;
    private final Caller caller;

    @Transactional
    public Page<UserView> list(int page, int size) {
        caller.requireAdmin("see the library's users");
        return users.page(page, size).map(UserView::of);
    }

    @Transactional
    public UserView setStatus(String subject, UserStatus status) {
        caller.requireAdmin("disable users");
        if (subject.equals(caller.subject())) {
            throw new InvalidFieldException("subject", "is you: another admin decides about your account");
        }
        if (status.disabled() && (status.reason() == null || status.reason().isBlank())) {
            throw new InvalidFieldException("reason", "is required to disable a user");
        }
        LibraryUser user = users.find(subject).orElseThrow(() -> new RecordNotFoundException("user", subject));
        user.disabled = status.disabled();
        user.disabledReason = status.disabled() ? status.reason().strip() : null;
        audit.appendAboutUser(caller.subject(), caller.name(), status.disabled() ? AuditAction.USER_DISABLED : AuditAction.USER_ENABLED,
                subject, status.reason());
        return UserView.of(user);
    }
}
