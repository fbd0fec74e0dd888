package cn.wenzhou.fashion.domain;

import java.time.LocalDate;

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

    /** The last day of the provider's registration; null: without end. */
    @Column(name = "voucher_provider_until")
    public LocalDate voucherProviderUntil;

    /** Whether vouchers may pay this institution on {@code day}: registered, and the registration not ended. */
    public boolean voucherProviderOn(LocalDate day) {
        return voucherProvider && (voucherProviderUntil == null || !day.isAfter(voucherProviderUntil));
    }
}
