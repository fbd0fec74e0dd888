package cn.wenzhou.fashion.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.AlertDelivery;
import cn.wenzhou.fashion.domain.Labels;
import cn.wenzhou.fashion.domain.NotificationRepository;

import lombok.RequiredArgsConstructor;

/**
 * One-click unsubscribe (RFC 8058) by an alert's token, without sign-in: the alert stays, in-app only, and its pending
 * mails are not sent. An unknown token is a 404 that tells nothing about other tokens.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class Unsubscribes {

    private final NotificationRepository notifications;

    /** What the token would unsubscribe from, to confirm: the alert's kind, in Chinese and English. */
    @Transactional
    public UnsubscribeView describe(String token) {
        return UnsubscribeView.of(require(token));
    }

    @Transactional
    public UnsubscribeView unsubscribe(String token) {
        Alert alert = require(token);
        alert.delivery = AlertDelivery.IN_APP;
        notifications.cancelPendingMails(alert.id);
        return UnsubscribeView.of(alert);
    }

    private Alert require(String token) {
        return notifications.alertByToken(token == null ? "" : token).orElseThrow(() -> new RecordNotFoundException("alert", "of this unsubscribe link"));
    }

    /** An alert as the unsubscribe page names it; never its owner. */
    public record UnsubscribeView(String alertZh, String alertEn, boolean unsubscribed) {
        static UnsubscribeView of(Alert alert) {
            return new UnsubscribeView(Labels.zh(alert.kind), Labels.en(alert.kind), alert.delivery == AlertDelivery.IN_APP);
        }
    }
}
