package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An incentive policy of the bureau for members who settle in: who may apply, how much it gives, when it is open,
 * in Chinese and English. Its budgets per year are {@link PolicyBudget}s. Unpublished policies are for admins only.
 */
@Entity
public class IncentivePolicy extends LibraryRecord {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public IncentiveKind kind;

    @Column(name = "title_zh", nullable = false, length = 200)
    public String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    public String titleEn;

    @Column(name = "text_zh", nullable = false, length = 8000)
    public String textZh;

    @Column(name = "text_en", nullable = false, length = 8000)
    public String textEn;

    /** Only settled members may apply. */
    @Column(name = "settled_only", nullable = false)
    public boolean settledOnly;

    /** The institution types that may apply; none: no institution may. */
    @Convert(converter = ListColumns.InstitutionTypes.class)
    @Column(name = "institution_types", nullable = false, length = 1000)
    public List<InstitutionType> institutionTypes = List.of();

    /** Whether designers may apply. */
    @Column(nullable = false)
    public boolean designers;

    /** The districts of the applicant's location; none: any. */
    @Convert(converter = ListColumns.Districts.class)
    @Column(nullable = false, length = 1000)
    public List<District> districts = List.of();

    /** At least one of these industries; none: any. */
    @Convert(converter = ListColumns.Industries.class)
    @Column(nullable = false, length = 1000)
    public List<Industry> industries = List.of();

    @Enumerated(EnumType.STRING)
    @Column(name = "amount_rule", nullable = false, length = 20)
    public AmountRule amountRule;

    /** The amount of a FIXED policy. */
    @Column(name = "fixed_amount", precision = 12, scale = 2)
    public BigDecimal fixedAmount;

    /** The share of the declared cost of a SHARE_OF_COST policy, from 0.0001 to 1. */
    @Column(name = "cost_share", precision = 5, scale = 4)
    public BigDecimal costShare;

    /** The most one applicant receives from the policy in a year. */
    @Column(name = "cap_per_applicant_year", nullable = false, precision = 12, scale = 2)
    public BigDecimal capPerApplicantYear;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    /** When an admin published the policy; null while it is a draft. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by", length = 128)
    public String publishedBy;

    public boolean published() {
        return publishedAt != null;
    }

    public boolean openOn(LocalDate day) {
        return published() && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Why the partner may not apply for this policy, or null when it may. */
    public String refusalFor(PartnerProfile partner) {
        if (settledOnly && !partner.settled) {
            return "the policy is for settled members only";
        }
        if (partner instanceof Institution institution && !institutionTypes.contains(institution.type)) {
            return "the policy is not for institutions of type " + institution.type;
        }
        if (partner instanceof Designer && !designers) {
            return "the policy is not for designers";
        }
        District district = partner.location == null ? null : partner.location.district();
        if (!districts.isEmpty() && !districts.contains(district)) {
            return "the policy is for members in " + districts;
        }
        if (!industries.isEmpty() && partner.industries.stream().noneMatch(industries::contains)) {
            return "the policy is for members of the industries " + industries;
        }
        return null;
    }

    /**
     * What the rule gives for a declared cost, before the applicant's yearly cap: the fixed amount, or the share of
     * the cost in whole fen, rounded down so that the bureau never pays more than the share.
     */
    public BigDecimal entitlement(BigDecimal declaredCost) {
        if (amountRule == AmountRule.FIXED) {
            return fixedAmount;
        }
        return declaredCost.multiply(costShare).setScale(2, RoundingMode.DOWN);
    }
}
