package cn.wenzhou.fashion.testsupport;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.InstitutionType;
import cn.wenzhou.fashion.domain.ProfileClaim;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Voucher;
import cn.wenzhou.fashion.domain.VoucherStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A small known voucher history in a year {@code Y} that no other test redeems in, written straight to the database:
 * A (footwear, Ouhai) 1000.00 + 500.50; B (no fashion industry, Ouhai) 3000.00 and an approved, unredeemed 800.00;
 * C (no fashion industry, Ouhai) 2000.00, and 700.00 in {@code Y + 1}; D (apparel and textiles, Lucheng) 1500.00
 * and a confirmed, unpaid 999.00; E (footwear, Rui'an) an application of 4200.00 waiting for a decision. Only paid
 * vouchers count in the figures. A pending claim of A's profile waits too.
 */
public final class VoucherHistory {

    private VoucherHistory() {
    }

    /** Writes the history; the names of its enterprises start with {@code prefix}. */
    public static void write(int year, String prefix) {
        QuarkusTransaction.requiringNew().run(() -> {
            Institution provider = provider(prefix + "检测中心");
            Enterprise a = enterprise(prefix + "A", List.of(Industry.FOOTWEAR), District.OUHAI);
            Enterprise b = enterprise(prefix + "B", List.of(), District.OUHAI);
            Enterprise c = enterprise(prefix + "C", List.of(), District.OUHAI);
            Enterprise d = enterprise(prefix + "D", List.of(Industry.APPAREL, Industry.TEXTILES), District.LUCHENG);
            Enterprise e = enterprise(prefix + "E", List.of(Industry.FOOTWEAR), District.RUIAN);
            redeemed(a, provider, "1000.00", LocalDate.of(year, 3, 1));
            redeemed(a, provider, "500.50", LocalDate.of(year, 11, 30));
            redeemed(b, provider, "3000.00", LocalDate.of(year, 1, 1));
            Voucher approved = redeemed(b, provider, "800.00", LocalDate.of(year, 6, 1));
            approved.status = VoucherStatus.APPROVED;
            approved.redeemedAmount = null;
            approved.redeemedOn = null;
            redeemed(c, provider, "2000.00", LocalDate.of(year, 12, 31));
            redeemed(c, provider, "700.00", LocalDate.of(year + 1, 1, 1));
            redeemed(d, provider, "1500.00", LocalDate.of(year, 7, 7));
            // Redeemed but not paid yet: not counted.
            redeemed(d, provider, "999.00", LocalDate.of(year, 8, 8)).status = VoucherStatus.CONFIRMED;
            Voucher applied = redeemed(e, provider, "4200.00", LocalDate.of(year, 9, 9));
            applied.status = VoucherStatus.APPLIED;
            applied.redeemedAmount = null;
            applied.redeemedOn = null;
            ProfileClaim claim = new ProfileClaim();
            claim.createdAt = Instant.now();
            claim.profileKind = RecordKind.ENTERPRISE;
            claim.profileId = a.id;
            claim.claimant = unique("claimant");
            claim.claimantName = prefix + "认领人";
            claim.evidenceReference = "营业执照-" + prefix;
            claim.persist();
        });
    }

    /** One more application waiting for a decision, of a new footwear enterprise in Rui'an, applied in {@code year}. */
    public static void application(int year, String name, String amount) {
        QuarkusTransaction.requiringNew().run(() -> {
            Institution provider = provider(name + "的检测中心");
            Voucher applied = redeemed(enterprise(name, List.of(Industry.FOOTWEAR), District.RUIAN), provider, amount, LocalDate.of(year, 9, 9));
            applied.status = VoucherStatus.APPLIED;
            applied.redeemedAmount = null;
            applied.redeemedOn = null;
        });
    }

    private static Institution provider(String name) {
        Institution provider = new Institution();
        provider.externalId = unique("stats-inst");
        provider.describe(name, null, List.of(), List.of(), List.of(), null, false, null);
        provider.type = InstitutionType.TESTING_LAB;
        provider.voucherProvider = true;
        provider.persist();
        return provider;
    }

    private static Enterprise enterprise(String name, List<Industry> industries, District district) {
        var enterprise = new Enterprise();
        enterprise.externalId = unique("stats-ent");
        enterprise.name = name;
        enterprise.industries = industries;
        enterprise.district = district;
        enterprise.persist();
        return enterprise;
    }

    private static Voucher redeemed(Enterprise enterprise, Institution provider, String amount, LocalDate on) {
        var voucher = new Voucher();
        voucher.externalId = unique("stats-voucher");
        voucher.enterprise = enterprise;
        voucher.institution = provider;
        voucher.category = CapabilityCategory.TESTING_CERTIFICATION;
        voucher.amount = new BigDecimal(amount);
        voucher.appliedOn = on.minusDays(30);
        voucher.status = VoucherStatus.PAID;
        voucher.redeemedAmount = new BigDecimal(amount);
        voucher.redeemedOn = on;
        voucher.persist();
        return voucher;
    }
}
