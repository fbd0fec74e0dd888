package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A member's application for an incentive policy's support in a budget year, with the cost it declares and the
 * references of its proof. Amounts are exact decimals in CNY.
 */
@Entity
public class PolicyApplication extends LibraryRecord {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id", nullable = false)
    public IncentivePolicy policy;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile_kind", nullable = false, length = 20)
    public RecordKind profileKind;

    @Column(name = "profile_id", nullable = false)
    public Long profileId;

    /** The year of Wenzhou in which it was applied for: the budget it draws on. */
    @Column(name = "budget_year", nullable = false)
    public int year;

    @Column(name = "declared_cost", precision = 12, scale = 2)
    public BigDecimal declaredCost;

    @Convert(converter = ListColumns.Strings.class)
    @Column(name = "document_references", nullable = false, length = 4000)
    public List<String> documentReferences = List.of();

    @Column(length = 2000)
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PolicyApplicationStatus status = PolicyApplicationStatus.APPLIED;

    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;

    /** The amount the first admin proposed. */
    @Column(name = "proposed_amount", precision = 12, scale = 2)
    public BigDecimal proposedAmount;

    @Column(name = "proposed_by", length = 128)
    public String proposedBy;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    /** The second admin's approval, or an admin's rejection. */
    @Embedded
    public Decision decision;

    @Column(name = "granted_amount", precision = 12, scale = 2)
    public BigDecimal grantedAmount;

    @Column(name = "disbursed_amount", precision = 12, scale = 2)
    public BigDecimal disbursedAmount;

    @Column(name = "disbursement_reference", length = 200)
    public String disbursementReference;

    @Column(name = "disbursed_on")
    public LocalDate disbursedOn;

    @Column(name = "disbursed_by", length = 128)
    public String disbursedBy;

    public ProfileRef profile() {
        return new ProfileRef(profileKind, profileId);
    }

    public void moveTo(PolicyApplicationStatus to) {
        status = StateMachine.move(RecordKind.POLICY_APPLICATION, id, status, to);
    }
}
