package cn.wenzhou.fashion.audit;

import java.time.Instant;

import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditEntry;

/** One admin decision as the audit log shows it. */
public record AuditEntryView(Long id, Instant at, String actor, String actorName, AuditAction action, String recordKind, Long recordId,
        String userSubject, String detail, String reason) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id, entry.at, entry.actor, entry.actorName, entry.action,
                entry.recordKind == null ? null : entry.recordKind.code(), entry.recordId, entry.userSubject, entry.detail, entry.reason);
    }
}
