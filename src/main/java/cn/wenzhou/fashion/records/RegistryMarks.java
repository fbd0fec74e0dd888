package cn.wenzhou.fashion.records;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.PartnerProfile;

/**
 * The marks the bureau's registries set on a partner: settled in the library (入驻), registered as a voucher
 * provider, and the capability categories vouchers may pay for. Admins set them; users' writes cannot.
 */
record RegistryMarks(boolean settled, boolean voucherProvider, Set<CapabilityCategory> voucherEligible) {

    /** A new partner's marks: none. */
    static final RegistryMarks NONE = new RegistryMarks(false, false, Set.of());

    static RegistryMarks of(PartnerProfile partner) {
        Set<CapabilityCategory> eligible = EnumSet.noneOf(CapabilityCategory.class);
        for (Capability capability : partner.capabilities) {
            if (capability.voucherEligible()) {
                eligible.add(capability.category());
            }
        }
        return new RegistryMarks(partner.settled, partner instanceof Institution i && i.voucherProvider, eligible);
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
        if (!voucherEligible.equals(before.voucherEligible)) {
            fields.add("capabilities[].voucherEligible");
        }
        return fields;
    }

    @Override
    public String toString() {
        return "settled=" + settled + ", voucherProvider=" + voucherProvider + ", voucherEligible=" + voucherEligible;
    }
}
