package cn.wenzhou.fashion.notification;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.Notification;
import cn.wenzhou.fashion.domain.NotificationRepository;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/** The caller's inbox: their notifications, newest first, the unread count, marking read. */
@ApplicationScoped
@RequiredArgsConstructor
public class NotificationInbox {

    private final NotificationRepository notifications;
    private final DeliveryCheck check;
    private final Caller caller;
    private final Clock clock;

    @Transactional
    public Page<NotificationView> page(boolean unreadOnly, int page, int size) {
        caller.requireSignedIn();
        return notifications.page(caller.subject(), unreadOnly, page, size).map(n -> NotificationView.of(n, check.visible(n)));
    }

    @Transactional
    public long unread() {
        caller.requireSignedIn();
        return notifications.unread(caller.subject());
    }

    /** Marks one of the caller's notifications read; another's is missing (404), not forbidden. */
    @Transactional
    public NotificationView markRead(Long id) {
        caller.requireSignedIn();
        Notification notification = notifications.notification(id).filter(n -> n.recipient.equals(caller.subject()))
                .orElseThrow(() -> new RecordNotFoundException("notification", id));
        if (notification.readAt == null) {
            notification.readAt = clock.instant();
        }
        return NotificationView.of(notification, check.visible(notification));
    }

    /** Marks all the caller's notifications read; how many were unread. */
    @Transactional
    public int markAllRead() {
        caller.requireSignedIn();
        return notifications.markAllRead(caller.subject(), clock.instant());
    }
}
