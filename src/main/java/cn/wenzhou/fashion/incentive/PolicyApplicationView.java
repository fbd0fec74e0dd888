package cn.wenzhou.fashion.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.wenzhou.fashion.domain.Decision;
import cn.wenzhou.fashion.domain.IncentiveKind;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.PolicyApplication;
import cn.wenzhou.fashion.domain.PolicyApplicationStatus;

/** An application for an incentive as the API returns it, with its policy's titles and the applicant's name. */
public record PolicyApplicationView(
        Long id,
        String externalId,
        PolicyApplicationStatus status,
        Long policyId,
        IncentiveKind policyKind,
        String policyTitleZh,
        String policyTitleEn,
        String profileKind,
        Long profileId,
        String profileName,
        int year,
        BigDecimal declaredCost,
        List<String> documentReferences,
        String note,
        LocalDate appliedOn,
        BigDecimal proposedAmount,
        String proposedBy,
        Instant proposedAt,
        String decisionReason,
        String decidedBy,
        Instant decidedAt,
        BigDecimal grantedAmount,
        BigDecimal disbursedAmount,
        String disbursementReference,
        LocalDate disbursedOn,
        String disbursedBy,
        long version) {

    public static PolicyApplicationView of(PolicyApplication a, PartnerProfile partner) {
        Decision decision = Decision.of(a.decision);
        return new PolicyApplicationView(a.id, a.externalId, a.status, a.policy.id, a.policy.kind, a.policy.titleZh, a.policy.titleEn,
                a.profileKind.code(), a.profileId, partner.name, a.year, a.declaredCost, a.documentReferences, a.note, a.appliedOn,
                a.proposedAmount, a.proposedBy, a.proposedAt, decision.reason(), decision.by(), decision.at(), a.grantedAmount,
                a.disbursedAmount, a.disbursementReference, a.disbursedOn, a.disbursedBy, a.version);
    }
}
