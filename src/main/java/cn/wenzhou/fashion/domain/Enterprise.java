package cn.wenzhou.fashion.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A Wenzhou enterprise (企业) that posts R&D needs and uses innovation vouchers. */
@Entity
@Indexed(index = "enterprise")
public class Enterprise extends Profile {
    /** 统一社会信用代码; imported records from other systems may carry one with a wrong check character. */
    @Column(name = "credit_code", length = 18)
    public String creditCode;

    /**
     * The credit code once an admin verified it, else null: only a verified code is unique among enterprises,
     * opens vouchers and carries the yearly cap, so registering a firm's public code first blocks nobody.
     */
    @Column(name = "verified_credit_code", length = 18, unique = true)
    public String verifiedCreditCode;

    @Convert(converter = ListColumns.Industries.class)
    @Column(length = 1000)
    public List<Industry> industries = List.of();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public District district;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public EnterpriseSize size;

    @Column(length = 4000)
    public String description;

    /** The inverse side of {@link Need#enterprise}: search reindexes an enterprise's needs when its district changes. */
    @OneToMany(mappedBy = "enterprise")
    public List<Need> needs = new ArrayList<>();
}
