package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** A design institute, university, research institute, testing lab or other service institution (机构). */
@Entity
@Indexed(index = "institution")
public class Institution extends PartnerProfile {
    @Column(name = "name_en", length = 300)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public InstitutionType type;

    /** Registered as an innovation-voucher service institution (创新券服务机构). */
    @Column(name = "voucher_provider")
    public boolean voucherProvider;
}
