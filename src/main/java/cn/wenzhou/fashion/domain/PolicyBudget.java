package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A policy's budget of one year and what approvals granted of it. Approvals lock the row ({@code PESSIMISTIC_WRITE})
 * before they add to {@link #granted}, so that concurrent ones never take the policy over its budget; the table's
 * check constraint is the last guard.
 */
@Entity
public class PolicyBudget extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id", nullable = false)
    public IncentivePolicy policy;

    @Column(name = "budget_year", nullable = false)
    public int year;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal granted = BigDecimal.ZERO;

    public BigDecimal left() {
        return amount.subtract(granted);
    }
}
