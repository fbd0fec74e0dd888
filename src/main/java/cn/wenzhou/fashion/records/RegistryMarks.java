package cn.wenzhou.fashion.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.PartnerProfile;

/**
 * The marks the bureau's registries set on a partner: settled in the library (入驻), registered as a voucher
 * provider and until when, and the capability categories vouchers may pay for. Admins set them; users' writes cannot.
 */
record RegistryMarks(boolean settled, boolean voucherProvider, LocalDate voucherProviderUntil, Set<CapabilityCategory> voucherEligible) {

    /** A new partner's marks: none. */
    static final RegistryMarks NONE = new RegistryMarks(false, false, null, Set.of());

    static RegistryMarks of(PartnerProfile partner) {
        Set<CapabilityCategory> eligible = EnumSet.noneOf(CapabilityCategory.class);
        for (Capability capability : partner.capabilities) {
            if (capability.voucherEligible()) {
                eligible.add(capability.category());
            }
        }
        Institution institution = partner instanceof Institution i ? i : null;
        return new RegistryMarks(partner.settled, institution != null && institution.voucherProvider,
                institution == null ? null : institution.voucherProviderUntil, eligible);
    }

    /** The input fields that set the marks that differ from {@code before}. */
    List<String> changedFrom(RegistryMarks before) {
        List<String> fields = new ArrayList<>();
        if (settled != before.settled) {
            fields.add("settled");
        }
        if (voucherProvider != before.voucherProvider) {
            fields.add("voucherProvider");
        }
        if (!Objects.equals(voucherProviderUntil, before.voucherProviderUntil)) {
            fields.add("voucherProviderUntil");
        }
        if (!voucherEligible.equals(before.voucherEligible)) {
            fields.add("capabilities[].voucherEligible");
        }
        return fields;
    }

    @Override
    public String toString() {
        return "settled=" + settled + ", voucherProvider=" + voucherProvider + ", voucherProviderUntil=" + voucherProviderUntil
                + ", voucherEligible=" + voucherEligible;
    }
}
