package cn.wenzhou.fashion.notification;

import java.time.Instant;

import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.AlertDelivery;
import cn.wenzhou.fashion.domain.AlertKind;
import cn.wenzhou.fashion.domain.RecordKind;

/** One of the caller's alerts; never its unsubscribe token, which only its mails carry. */
public record AlertView(Long id, AlertKind kind, AlertDelivery delivery, RecordKind recordKind, Long recordId, String text,
        Double threshold, Instant createdAt) {

    static AlertView of(Alert alert) {
        return new AlertView(alert.id, alert.kind, alert.delivery, alert.recordKind, alert.recordId, alert.queryText, alert.threshold,
                alert.createdAt);
    }
}
