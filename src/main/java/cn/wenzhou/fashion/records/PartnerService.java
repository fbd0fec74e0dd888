package cn.wenzhou.fashion.records;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ContactPolicy;
import io.quarkus.security.ForbiddenException;

/**
 * Institutions and designers: their registry marks ({@link RegistryMarks}) are the admins' decisions. A user's
 * write that would change one is refused with 403 naming the field (a write that repeats the current marks
 * passes, so a client may send back what it read); an admin's change goes to the audit log.
 */
public abstract class PartnerService<E extends PartnerProfile, I extends RecordInput<E>, V> extends RecordService<E, I, V> {

    private final AuditLog audit;

    protected PartnerService(RecordKind kind, Records records, Caller caller, ContactPolicy contacts, AuditLog audit,
            Supplier<E> factory, Viewer<E, V> viewer) {
        super(kind, records, caller, contacts, factory, viewer);
        this.audit = audit;
    }

    @Override
    protected void save(E partner, I input) {
        guardRegistry(partner, () -> input.applyTo(partner));
    }

    /** Sets whether the partner is settled in the library (入驻): an admin's decision on the version they read. */
    @Transactional
    public V settle(Long id, boolean settled, Long version) {
        return changeRegistry(id, version, partner -> partner.settled = settled);
    }

    /** Changes the registry marks of a partner alone, for an admin, on the version they read; audited as the API's writes. */
    protected V changeRegistry(Long id, Long version, Consumer<E> change) {
        caller.requireAdmin("keep the registries of settled partners and voucher providers");
        E partner = readable(id);
        Records.checkVersion(partner, version);
        guardRegistry(partner, () -> change.accept(partner));
        records.flush();
        return view(partner);
    }

    /** Applies a change; one that changes registry marks is refused to users and audited for admins. */
    private void guardRegistry(E partner, Runnable change) {
        RegistryMarks before = RegistryMarks.of(partner);
        change.run();
        RegistryMarks after = RegistryMarks.of(partner);
        List<String> changed = after.changedFrom(before);
        if (changed.isEmpty()) {
            return;
        }
        if (!caller.isAdmin()) {
            throw new ForbiddenException(String.join(", ", changed) + ": kept by the bureau's admins (registry of "
                    + "settled partners and voucher providers); send the current values or leave them out");
        }
        if (partner.id != null) {
            auditRegistry(partner, before, after);
        }
    }

    /** An admin's new partner with registry marks is a registry decision too. */
    @Override
    protected void created(E partner) {
        RegistryMarks marks = RegistryMarks.of(partner);
        if (!marks.changedFrom(RegistryMarks.NONE).isEmpty()) {
            auditRegistry(partner, RegistryMarks.NONE, marks);
        }
    }

    private void auditRegistry(E partner, RegistryMarks before, RegistryMarks after) {
        audit.append(caller.subject(), caller.name(), AuditAction.REGISTRY_CHANGED, kind, partner.id, before + " → " + after, null);
    }
}
