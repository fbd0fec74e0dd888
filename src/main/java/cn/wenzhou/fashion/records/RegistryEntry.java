package cn.wenzhou.fashion.records;

import java.time.LocalDate;

import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;

/**
 * A partner in the bureau's registries: its settled mark and, for institutions, its voucher provider registration
 * and where it stands today; the version is the one an admin's change is made on.
 */
public record RegistryEntry(String kind, Long id, String name, boolean settled, boolean voucherProvider, LocalDate voucherProviderUntil,
        ProviderStanding standing, long version) {

    static RegistryEntry of(PartnerProfile partner, LocalDate today) {
        Institution institution = partner instanceof Institution i ? i : null;
        return new RegistryEntry(RecordKind.of(partner.getClass()).code(), partner.id, partner.name, partner.settled,
                institution != null && institution.voucherProvider, institution == null ? null : institution.voucherProviderUntil,
                institution == null ? ProviderStanding.NOT_REGISTERED : ProviderStanding.of(institution, today), partner.version);
    }
}
