package cn.wenzhou.fashion.notification;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.AlertDelivery;
import cn.wenzhou.fashion.domain.MailState;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.Notification;
import cn.wenzhou.fashion.domain.NotificationRepository;

import lombok.RequiredArgsConstructor;

/**
 * Keeps each {@link Notice} in its recipient's inbox, in the transaction of the change that fired it: a change that
 * fails tells nobody. The mail follows from {@link MailOutbox}; whether the recipient may still see the record is
 * checked then, and whenever the inbox shows it.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class NoticeRecorder {

    private final Alerts alerts;
    private final NotificationRepository notifications;
    private final Clock clock;

    void onNotice(@Observes Notice notice) {
        if (notice.recipient() != null) {
            deliver(notice, alerts.workflowOf(notice.recipient()));
        }
    }

    /** Keeps the notice as the alert's notification, unless the alert brought it already; whether it is new. */
    public boolean deliver(Notice notice, Alert alert) {
        if (notifications.delivered(alert.id, notice.topic(), notice.recordType(), notice.recordId(), notice.occasion())) {
            return false;
        }
        var notification = new Notification();
        notification.recipient = alert.ownerId;
        notification.alertId = alert.id;
        notification.topic = notice.topic();
        notification.recordType = notice.recordType();
        notification.recordId = notice.recordId();
        notification.occasion = notice.occasion();
        notification.title = cut(notice.title(), 500);
        notification.detail = cut(notice.detail(), 2000);
        notification.createdAt = clock.instant();
        notification.mailState = alert.delivery == AlertDelivery.IN_APP ? MailState.NONE : MailState.PENDING;
        notification.digest = alert.delivery == AlertDelivery.DAILY_DIGEST;
        notifications.persist(notification);
        return true;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
