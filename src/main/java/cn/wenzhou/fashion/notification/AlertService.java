package cn.wenzhou.fashion.notification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.AlertDelivery;
import cn.wenzhou.fashion.domain.NotificationRepository;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/** The caller's alerts and how each reaches them. */
@ApplicationScoped
@RequiredArgsConstructor
public class AlertService {

    private final NotificationRepository notifications;
    private final Alerts alerts;
    private final Caller caller;

    /** The caller's alerts, the workflow's first (made here if no notice made it yet, so that its mail can be set). */
    @Transactional
    public List<AlertView> mine() {
        caller.requireSignedIn();
        alerts.workflowOf(caller.subject());
        return notifications.alertsOf(caller.subject()).stream().map(AlertView::of).toList();
    }

    /** Sets how one of the caller's alerts reaches them; leaving mail off, its pending mails are not sent. */
    @Transactional
    public AlertView deliver(Long id, DeliveryInput input) {
        Alert alert = requireOwn(id);
        alert.delivery = input.delivery();
        if (alert.delivery == AlertDelivery.IN_APP) {
            notifications.cancelPendingMails(alert.id);
        }
        return AlertView.of(alert);
    }

    @Transactional
    public void delete(Long id) {
        notifications.remove(requireOwn(id));
    }

    /** One of the caller's alerts; another's is missing (404), not forbidden. */
    Alert requireOwn(Long id) {
        caller.requireSignedIn();
        return notifications.alert(id).filter(a -> a.ownerId.equals(caller.subject()))
                .orElseThrow(() -> new RecordNotFoundException("alert", id));
    }
}
