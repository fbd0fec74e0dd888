package cn.wenzhou.fashion.domain;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.common.Page;

import lombok.RequiredArgsConstructor;

/** The append-only log of admins' decisions: entries are added in the transaction of the decision, and read. */
@ApplicationScoped
@RequiredArgsConstructor
public class AuditLog {

    private final EntityManager em;
    private final Clock clock;

    public void append(String actor, String actorName, AuditAction action, RecordKind kind, Long recordId, String detail, String reason) {
        AuditEntry entry = entry(actor, actorName, action, reason);
        entry.recordKind = kind;
        entry.recordId = recordId;
        entry.detail = detail;
        em.persist(entry);
    }

    /** A decision about a user rather than a record. */
    public void appendAboutUser(String actor, String actorName, AuditAction action, String userSubject, String reason) {
        AuditEntry entry = entry(actor, actorName, action, reason);
        entry.userSubject = userSubject;
        em.persist(entry);
    }

    private AuditEntry entry(String actor, String actorName, AuditAction action, String reason) {
        var entry = new AuditEntry();
        entry.at = clock.instant();
        entry.actor = actor;
        entry.actorName = actorName;
        entry.action = action;
        entry.reason = reason;
        return entry;
    }

    /** Newest first, optionally of one record. */
    public Page<AuditEntry> page(RecordKind kind, Long recordId, int page, int size) {
        var query = new PagedQuery();
        String where = "";
        if (kind != null) {
            query.with("kind", kind);
            where = " where a.recordKind = :kind" + (recordId == null ? "" : " and a.recordId = :recordId");
            if (recordId != null) {
                query.with("recordId", recordId);
            }
        }
        return query.newestFirst(em, AuditEntry.class, "a", "from AuditEntry a" + where, page, size);
    }
}
