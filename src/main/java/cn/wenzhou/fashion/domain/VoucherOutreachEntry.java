package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An open need that the last outreach computation found voucher-eligible: its enterprise (verified credit code, cap
 * left) and the registered voucher providers among its first matches with an eligible capability in its categories.
 */
@Entity
@Table(name = "voucher_outreach")
public class VoucherOutreachEntry {

    @Id
    @Column(name = "need_id")
    public Long needId;

    @Column(name = "enterprise_id", nullable = false)
    public Long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public District district;

    @Convert(converter = ListColumns.Industries.class)
    @Column(nullable = false, length = 1000)
    public List<Industry> industries = List.of();

    /** The need's categories in which a provider among its first matches takes vouchers. */
    @Convert(converter = ListColumns.Categories.class)
    @Column(nullable = false, length = 1000)
    public List<CapabilityCategory> categories = List.of();

    /** Those providers' names, best ranked first. */
    @Convert(converter = ListColumns.Strings.class)
    @Column(nullable = false, length = 4000)
    public List<String> providers = List.of();

    @Column(name = "cap_left", nullable = false, precision = 14, scale = 2)
    public BigDecimal capLeft;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;
}
