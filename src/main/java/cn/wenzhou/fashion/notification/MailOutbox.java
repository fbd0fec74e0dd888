package cn.wenzhou.fashion.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.wenzhou.fashion.common.ClusterOnce;
import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.MailState;
import cn.wenzhou.fashion.domain.Notification;
import cn.wenzhou.fashion.domain.NotificationRepository;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import lombok.RequiredArgsConstructor;

/**
 * Mails the notifications: those of immediate alerts every {@code library.notification.mail-poll}, each taken by one
 * conditional update so that no two instances send it; the daily digests once a day on one instance of all
 * ({@link ClusterOnce}). At delivery a user without a verified address gets none (in-app only), and a notification the
 * user may no longer see ({@link DeliveryCheck}) is withheld. A mail that fails goes back to pending for the next turn.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class MailOutbox {

    static final String DIGEST_JOB = "notification-digest";
    private static final Logger LOG = Logger.getLogger(MailOutbox.class);

    private final NotificationRepository notifications;
    private final DeliveryCheck check;
    private final NotificationMails mails;
    private final NotificationSettings settings;
    private final Mailer mailer;
    private final ClusterOnce clusterOnce;
    private final Clock clock;

    @Scheduled(every = "${library.notification.mail-poll}", delayed = "${library.notification.mail-poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendImmediateMails() {
        sendPendingNow();
    }

    /**
     * The digest once a day: the lock is held 20 hours, so the other instances' turns the same day skip it (and one
     * that died sending frees it within 23 hours).
     */
    @Scheduled(cron = "${library.notification.digest-cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sendDigests() {
        clusterOnce.run(DIGEST_JOB, Duration.ofHours(20), Duration.ofHours(23), this::sendDigestsNow);
    }

    /** Mails the pending notifications of immediate alerts now; how many mails went out. */
    public int sendPendingNow() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> notifications.pendingMails(settings.mailBatch()));
        int sent = 0;
        for (Long id : ids) {
            Optional<Mail> mail = QuarkusTransaction.requiringNew().call(() -> takeSingle(id));
            if (mail.isPresent() && send(mail.get(), List.of(id))) {
                sent++;
            }
        }
        return sent;
    }

    /** Mails each alert's pending digest now; how many mails went out. */
    public int sendDigestsNow() {
        int sent = 0;
        for (Long alertId : QuarkusTransaction.requiringNew().call(notifications::digestAlerts)) {
            List<Long> ids = new ArrayList<>();
            Optional<Mail> mail = QuarkusTransaction.requiringNew().call(() -> takeDigest(alertId, ids));
            if (mail.isPresent() && send(mail.get(), ids)) {
                sent++;
            }
        }
        return sent;
    }

    private Optional<Mail> takeSingle(Long id) {
        if (notifications.take(List.of(id), MailState.SENT, clock.instant()) == 0) {
            return Optional.empty(); // another instance took it
        }
        Notification n = notifications.notification(id).orElseThrow();
        Alert alert = notifications.alert(n.alertId).orElseThrow();
        String address = check.verifiedAddress(n.recipient);
        if (address == null || !check.visible(n)) {
            n.mailState = check.visible(n) ? MailState.NONE : MailState.WITHHELD;
            n.mailedAt = null;
            return Optional.empty();
        }
        return Optional.of(mails.single(address, n, alert));
    }

    /** Takes the alert's pending digest notifications; those to mail are added to {@code ids}. */
    private Optional<Mail> takeDigest(Long alertId, List<Long> ids) {
        Alert alert = notifications.alert(alertId).orElseThrow();
        List<Notification> pending = notifications.pendingDigestOf(alertId);
        notifications.take(pending.stream().map(n -> n.id).toList(), MailState.SENT, clock.instant());
        String address = check.verifiedAddress(alert.ownerId);
        List<Notification> shown = new ArrayList<>();
        for (Notification n : pending) {
            if (address != null && check.visible(n)) {
                shown.add(n);
                ids.add(n.id);
            } else {
                n.mailState = address == null && check.active(n.recipient) ? MailState.NONE : MailState.WITHHELD;
                n.mailedAt = null;
            }
        }
        return shown.isEmpty() ? Optional.empty() : Optional.of(mails.digest(address, shown, alert));
    }

    private boolean send(Mail mail, List<Long> ids) {
        try {
            mailer.send(mail);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Mail of notifications %s failed: they are sent again in the next turn", ids);
            QuarkusTransaction.requiringNew().run(() -> notifications.release(ids));
            return false;
        }
    }
}
