package cn.wenzhou.fashion.audit;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/** Admins read the audit log; nobody changes it (there is no way to). */
@Singleton
@RequiredArgsConstructor
public class AuditService {

    private final AuditLog log;
    private final Caller caller;

    @Transactional
    public Page<AuditEntryView> page(String recordKind, Long recordId, int page, int size) {
        caller.requireAdmin("read the audit log");
        return log.page(kindOf(recordKind), recordId, page, size).map(AuditEntryView::of);
    }

    private static RecordKind kindOf(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (RecordKind kind : RecordKind.values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new InvalidFieldException("recordKind", "must be one of the record kinds' codes, e.g. enterprise or voucher");
    }
}
