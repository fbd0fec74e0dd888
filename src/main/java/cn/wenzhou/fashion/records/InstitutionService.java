package cn.wenzhou.fashion.records;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ContactPolicy;

@Singleton
public class InstitutionService extends PartnerService<Institution, InstitutionInput, InstitutionView> {

    private final Clock clock;

    public InstitutionService(Records records, Caller caller, ContactPolicy contacts, AuditLog audit, Clock clock) {
        super(RecordKind.INSTITUTION, records, caller, contacts, audit, Institution::new, InstitutionView::of);
        this.clock = clock;
    }

    /**
     * Registers the institution as an innovation-voucher provider, or changes its period: {@code until} is the last
     * day vouchers may pay it (null: without end), today at the earliest, since a registration that ended is ended
     * with {@link #endVoucherProvider}.
     */
    @Transactional
    public InstitutionView registerVoucherProvider(Long id, LocalDate until, Long version) {
        if (until != null && until.isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("voucherProviderUntil", "must be today or later; end the registration instead");
        }
        return changeRegistry(id, version, institution -> {
            institution.voucherProvider = true;
            institution.voucherProviderUntil = until;
        });
    }

    /** Ends the institution's registration: vouchers no longer pay it from now on. */
    @Transactional
    public InstitutionView endVoucherProvider(Long id, Long version) {
        return changeRegistry(id, version, institution -> {
            institution.voucherProvider = false;
            institution.voucherProviderUntil = null;
        });
    }
}
