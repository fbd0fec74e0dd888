package cn.wenzhou.fashion.records;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.CreditCodes;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.EnterpriseMerges;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ContactPolicy;

/** Enterprises: their credit codes' verification and the merging of duplicates. */
@Singleton
public class EnterpriseService extends RecordService<Enterprise, EnterpriseInput, EnterpriseView> {

    private final EnterpriseMerges merges;
    private final AuditLog audit;

    public EnterpriseService(Records records, Caller caller, ContactPolicy contacts, EnterpriseMerges merges, AuditLog audit) {
        super(RecordKind.ENTERPRISE, records, caller, contacts, Enterprise::new, EnterpriseView::of);
        this.merges = merges;
        this.audit = audit;
    }

    /**
     * An admin merges a duplicate record of the same legal entity into the kept one: the duplicate's needs,
     * cooperations and vouchers move over, its verified credit code too if the kept record has none, its owner if
     * the kept record has none; then the duplicate is deleted.
     */
    @Transactional
    public EnterpriseView merge(Long keptId, MergeInput input) {
        caller.requireAdmin("merge enterprises");
        if (input.duplicateId().equals(keptId)) {
            throw new InvalidFieldException("duplicateId", "is the enterprise kept: name another record");
        }
        Enterprise kept = records.require(Enterprise.class, keptId);
        Enterprise duplicate = records.find(Enterprise.class, input.duplicateId())
                .orElseThrow(() -> new InvalidFieldException("duplicateId", "no enterprise with id " + input.duplicateId()));
        if (kept.ownerId == null && duplicate.ownerId != null) {
            kept.ownerId = duplicate.ownerId;
            kept.ownerApproved = duplicate.ownerApproved;
        }
        String verified = duplicate.verifiedCreditCode;
        duplicate.verifiedCreditCode = null;
        records.flush();
        if (kept.verifiedCreditCode == null && verified != null && verified.equals(kept.creditCode)) {
            kept.verifiedCreditCode = verified;
        }
        EnterpriseMerges.Moved moved = merges.move(duplicate, kept);
        records.delete(duplicate);
        audit.append(caller.subject(), caller.name(), AuditAction.ENTERPRISES_MERGED, RecordKind.ENTERPRISE, keptId,
                "enterprise " + input.duplicateId() + " merged in: " + moved.needs() + " needs, " + moved.cooperations() + " cooperations, "
                        + moved.vouchers() + " vouchers moved", input.reason());
        return get(keptId);
    }

    /** An admin verified the credit code against the business register: it now counts, and only once. */
    @Transactional
    public EnterpriseView verify(Long id) {
        caller.requireAdmin("verify credit codes");
        Enterprise enterprise = records.require(Enterprise.class, id);
        if (enterprise.creditCode == null || !CreditCodes.isValid(enterprise.creditCode)) {
            throw new ConflictException("The enterprise " + id + " has no valid credit code to verify");
        }
        records.findVerifiedCreditCode(enterprise.creditCode).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw new ConflictException("The credit code " + enterprise.creditCode + " is verified for enterprise " + other.id
                    + " already: merge the two records");
        });
        enterprise.verifiedCreditCode = enterprise.creditCode;
        audit.append(caller.subject(), caller.name(), AuditAction.CREDIT_CODE_VERIFIED, RecordKind.ENTERPRISE, id, enterprise.creditCode, null);
        records.flush();
        return get(id);
    }
}
