package cn.wenzhou.fashion.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A Wenzhou enterprise (企业) that posts R&D needs and uses innovation vouchers. */
@Entity
@Indexed(index = "enterprise")
public class Enterprise extends LibraryRecord implements Profile {
    @Column(nullable = false, length = 200)
    public String name;

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

    @Embedded
    public Contact contact;

    /** The inverse side of {@link Need#enterprise}: search reindexes an enterprise's needs when its district changes. */
    @OneToMany(mappedBy = "enterprise")
    public List<Need> needs = new ArrayList<>();

    /** An admin approved the owner: the profile grants its kind to them (see {@link Profile#ownerApproved()}). */
    @Column(name = "owner_approved", nullable = false)
    public boolean ownerApproved;

    @Override
    public boolean ownerApproved() {
        return ownerApproved;
    }

    @Override
    public void approveOwner(boolean approved) {
        ownerApproved = approved;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public Contact contactDetails() {
        return contact;
    }
}
