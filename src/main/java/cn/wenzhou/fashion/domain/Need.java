package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** An enterprise's R&D need (需求): new materials, processes, technology or design it wants a partner for. */
@Entity
@Indexed(index = "need")
public class Need extends LibraryRecord {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    public Enterprise enterprise;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 4000)
    public String description;

    @Convert(converter = ListColumns.Industries.class)
    @Column(length = 1000)
    public List<Industry> industries = List.of();

    @Convert(converter = ListColumns.Categories.class)
    @Column(length = 1000)
    public List<CapabilityCategory> categories = List.of();

    @Convert(converter = ListColumns.Strings.class)
    @Column(length = 4000)
    public List<String> keywords = List.of();

    @Column(name = "budget_min", precision = 14, scale = 2)
    public BigDecimal budgetMin;

    @Column(name = "budget_max", precision = 14, scale = 2)
    public BigDecimal budgetMax;

    @Column(name = "use_voucher")
    public boolean useVoucher;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_scope", nullable = false, length = 20)
    public Scope preferredScope = Scope.ANY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public NeedStatus status = NeedStatus.OPEN;

    /** Seen only by its owner, admins and the partners it was requested with; never in the index. */
    @Column(nullable = false)
    public boolean confidential;
}
