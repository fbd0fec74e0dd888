package cn.wenzhou.fashion.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.common.Page;

import lombok.RequiredArgsConstructor;

/** Queries of alerts and of the notifications they brought. */
@ApplicationScoped
@RequiredArgsConstructor
public class NotificationRepository {

    private final EntityManager em;

    public Optional<Alert> alertByKey(String uniqueKey) {
        return em.createQuery("from Alert where uniqueKey = :key", Alert.class).setParameter("key", uniqueKey)
                .getResultStream().findFirst();
    }

    public Optional<Alert> alertByToken(String token) {
        return em.createQuery("from Alert where unsubscribeToken = :token", Alert.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    public Optional<Alert> alert(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Alert.class, id));
    }

    public List<Alert> alertsOf(String owner) {
        return em.createQuery("from Alert where ownerId = :owner order by id", Alert.class).setParameter("owner", owner).getResultList();
    }

    public List<Alert> alertsOfKind(AlertKind kind) {
        return em.createQuery("from Alert where kind = :kind order by id", Alert.class).setParameter("kind", kind).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public void remove(Alert alert) {
        em.createQuery("delete from Notification where alertId = :alert").setParameter("alert", alert.id).executeUpdate();
        em.remove(alert);
    }

    /** Whether the alert already brought a notification of this topic about this record on this occasion. */
    public boolean delivered(Long alertId, NoticeTopic topic, String recordType, Long recordId, String occasion) {
        return em.createQuery("select count(n) from Notification n where n.alertId = :alert and n.topic = :topic"
                        + " and n.recordType = :type and n.recordId = :record and n.occasion = :occasion", Long.class)
                .setParameter("alert", alertId).setParameter("topic", topic).setParameter("type", recordType)
                .setParameter("record", recordId).setParameter("occasion", occasion).getSingleResult() > 0;
    }

    /** The recipient's notifications, newest first; only the unread ones if asked. */
    public Page<Notification> page(String recipient, boolean unreadOnly, int page, int size) {
        String where = " where n.recipient = :recipient" + (unreadOnly ? " and n.readAt is null" : "");
        var items = em.createQuery("from Notification n" + where + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("recipient", recipient).setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(n) from Notification n" + where, Long.class).setParameter("recipient", recipient)
                .getSingleResult();
        return new Page<>(items, total, page, size);
    }

    public long unread(String recipient) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :recipient and n.readAt is null", Long.class)
                .setParameter("recipient", recipient).getSingleResult();
    }

    public Optional<Notification> notification(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Notification.class, id));
    }

    /** Marks all the recipient's unread notifications read; how many. */
    public int markAllRead(String recipient, Instant at) {
        return em.createQuery("update Notification set readAt = :at where recipient = :recipient and readAt is null")
                .setParameter("at", at).setParameter("recipient", recipient).executeUpdate();
    }

    /** The notifications waiting to be mailed alone, oldest first. */
    public List<Long> pendingMails(int limit) {
        return em.createQuery("select n.id from Notification n where n.mailState = :pending and n.digest = false order by n.id", Long.class)
                .setParameter("pending", MailState.PENDING).setMaxResults(limit).getResultList();
    }

    /** The alerts with notifications waiting for their digest. */
    public List<Long> digestAlerts() {
        return em.createQuery("select distinct n.alertId from Notification n where n.mailState = :pending and n.digest = true", Long.class)
                .setParameter("pending", MailState.PENDING).getResultList();
    }

    public List<Notification> pendingDigestOf(Long alertId) {
        return em.createQuery("from Notification n where n.alertId = :alert and n.mailState = :pending and n.digest = true order by n.id",
                        Notification.class)
                .setParameter("alert", alertId).setParameter("pending", MailState.PENDING).getResultList();
    }

    /**
     * Takes pending notifications for mailing, setting them to {@code to}: one conditional update, so that of two
     * instances only one takes each; how many it took.
     */
    public int take(List<Long> ids, MailState to, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("update Notification set mailState = :to, mailedAt = :at where id in :ids and mailState = :pending")
                .setParameter("to", to).setParameter("at", at).setParameter("ids", ids).setParameter("pending", MailState.PENDING)
                .executeUpdate();
    }

    /** Puts notifications whose mail failed back to pending, for the next turn. */
    public void release(List<Long> ids) {
        em.createQuery("update Notification set mailState = :pending, mailedAt = null where id in :ids")
                .setParameter("pending", MailState.PENDING).setParameter("ids", ids).executeUpdate();
    }

    /** Sets the pending mails of an alert to in-app only: its owner unsubscribed. */
    public int cancelPendingMails(Long alertId) {
        return em.createQuery("update Notification set mailState = :none where alertId = :alert and mailState = :pending")
                .setParameter("none", MailState.NONE).setParameter("alert", alertId).setParameter("pending", MailState.PENDING)
                .executeUpdate();
    }
}
