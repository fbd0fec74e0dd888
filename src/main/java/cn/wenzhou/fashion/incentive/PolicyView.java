package cn.wenzhou.fashion.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.wenzhou.fashion.domain.AmountRule;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.IncentiveKind;
import cn.wenzhou.fashion.domain.IncentivePolicy;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.InstitutionType;

/** An incentive policy as the API returns it, with its budgets. */
public record PolicyView(
        Long id,
        String externalId,
        IncentiveKind kind,
        String titleZh,
        String titleEn,
        String textZh,
        String textEn,
        boolean settledOnly,
        List<InstitutionType> institutionTypes,
        boolean designers,
        List<District> districts,
        List<Industry> industries,
        AmountRule amountRule,
        BigDecimal fixedAmount,
        BigDecimal costShare,
        BigDecimal capPerApplicantYear,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean published,
        Instant publishedAt,
        List<BudgetView> budgets,
        long version) {

    public static PolicyView of(IncentivePolicy p, List<BudgetView> budgets) {
        return new PolicyView(p.id, p.externalId, p.kind, p.titleZh, p.titleEn, p.textZh, p.textEn, p.settledOnly, p.institutionTypes,
                p.designers, p.districts, p.industries, p.amountRule, p.fixedAmount, p.costShare, p.capPerApplicantYear, p.opensOn,
                p.closesOn, p.published(), p.publishedAt, budgets, p.version);
    }
}
