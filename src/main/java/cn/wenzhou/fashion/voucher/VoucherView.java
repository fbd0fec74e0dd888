package cn.wenzhou.fashion.voucher;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Decision;
import cn.wenzhou.fashion.domain.Voucher;
import cn.wenzhou.fashion.domain.VoucherStatus;

/** A voucher as the API returns it. */
public record VoucherView(
        Long id,
        String externalId,
        VoucherStatus status,
        Long enterpriseId,
        Long cooperationId,
        Long institutionId,
        CapabilityCategory category,
        BigDecimal amount,
        LocalDate appliedOn,
        String decisionReason,
        String decidedBy,
        Instant decidedAt,
        BigDecimal redeemedAmount,
        String contractReference,
        String invoiceReference,
        LocalDate redeemedOn,
        String confirmedBy,
        Instant confirmedAt,
        String paidBy,
        Instant paidAt,
        long version) {

    public static VoucherView of(Voucher v) {
        Decision decision = Decision.of(v.decision);
        return new VoucherView(v.id, v.externalId, v.status, v.enterprise.id, v.cooperation == null ? null : v.cooperation.id,
                v.institution.id, v.category, v.amount, v.appliedOn, decision.reason(), decision.by(), decision.at(),
                v.redeemedAmount, v.contractReference, v.invoiceReference, v.redeemedOn, v.confirmedBy, v.confirmedAt, v.paidBy, v.paidAt, v.version);
    }
}
