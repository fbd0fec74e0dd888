package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * An innovation voucher (创新券) an enterprise spends on a registered institution's eligible service. Amounts
 * are exact decimals in CNY. Vouchers applied for here belong to a cooperation; those imported from the
 * provincial voucher platform's history have none.
 */
@Entity
public class Voucher extends LibraryRecord {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    public Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cooperation_id")
    public Cooperation cooperation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    public Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public CapabilityCategory category;

    /** The amount applied for. */
    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public VoucherStatus status = VoucherStatus.APPLIED;

    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;

    /** The admin's decision; null while there is none. */
    @Embedded
    public Decision decision;

    @Column(name = "redeemed_amount", precision = 12, scale = 2)
    public BigDecimal redeemedAmount;

    @Column(name = "contract_reference", length = 200, unique = true)
    public String contractReference;

    @Column(name = "invoice_reference", length = 200, unique = true)
    public String invoiceReference;

    @Column(name = "redeemed_on")
    public LocalDate redeemedOn;

    /** Who requested the redemption: their Idempotency-Key is theirs, unique per user. */
    @Column(name = "redemption_requested_by", length = 128)
    public String redemptionRequestedBy;

    /** The Idempotency-Key of the redemption request: the same user's repeated request finds it and changes nothing. */
    @Column(name = "redemption_key", length = 200)
    public String redemptionKey;

    @Column(name = "confirmed_by", length = 128)
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "paid_by", length = 128)
    public String paidBy;

    @Column(name = "paid_at")
    public Instant paidAt;

    /** Moves to {@code to}, or refuses with a 409 problem if the state machine does not allow it. */
    public void moveTo(VoucherStatus to) {
        status = StateMachine.move(RecordKind.VOUCHER, id, status, to);
    }
}
