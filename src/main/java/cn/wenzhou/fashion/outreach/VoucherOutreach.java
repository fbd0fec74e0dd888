package cn.wenzhou.fashion.outreach;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedStatus;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.VoucherOutreachEntry;
import cn.wenzhou.fashion.domain.VoucherOutreachRepository;
import cn.wenzhou.fashion.domain.VoucherRepository;
import cn.wenzhou.fashion.match.MatchKind;
import cn.wenzhou.fashion.match.Matchmaker;
import cn.wenzhou.fashion.match.NeedProfile;
import cn.wenzhou.fashion.match.RankedMatch;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ConfidentialNeeds;
import cn.wenzhou.fashion.voucher.VoucherPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;

import lombok.RequiredArgsConstructor;

/**
 * Voucher outreach: which open needs could be paid for with innovation vouchers. A need is voucher-eligible when its
 * enterprise has a verified credit code and cap left this year ({@link VoucherPolicy}) and a registered voucher
 * provider with an eligible capability in the need's categories ranks among its first {@value #FIRST_MATCHES} matches.
 * The owner's view of one need is computed when asked (one match); the bureau's list of every open need would run a
 * match per need, so it is computed in the background ({@link OutreachRefresh}) and stored, and read from there.
 */
@Singleton
@RequiredArgsConstructor
public class VoucherOutreach {

    static final int FIRST_MATCHES = 10;
    private static final int CHUNK = 100;
    private static final Logger LOG = Logger.getLogger(VoucherOutreach.class);

    private final Records records;
    private final VoucherOutreachRepository outreach;
    private final VoucherRepository vouchers;
    private final VoucherPolicy policy;
    private final Matchmaker matchmaker;
    private final ConfidentialNeeds confidentialNeeds;
    private final Caller caller;
    private final Clock clock;

    /** The voucher eligibility of a need, for the owner of its enterprise and admins; a confidential need is missing to others (404). */
    @Transactional
    public VoucherEligibility eligibilityOf(Long needId) {
        caller.requireSignedIn();
        Need need = confidentialNeeds.requireWithMatches(needId);
        if (!caller.isAdmin() && !caller.owns(need) && !caller.owns(need.enterprise)) {
            throw new ForbiddenException("Only the owner of enterprise " + need.enterprise.id + " and admins see the voucher eligibility of its needs");
        }
        return assess(need, LocalDate.now(clock));
    }

    /**
     * The voucher-eligible open needs without an application, from the last computation, by district (those
     * without last), optionally of one district and one industry; for admins.
     */
    @Transactional
    public Page<OutreachEntry> list(District district, Industry industry, int page, int size) {
        caller.requireAdmin("see the voucher outreach list");
        List<OutreachEntry> all = all(district, industry);
        int from = Page.offset(page, size);
        return new Page<>(all.subList(Math.min(from, all.size()), Math.min(from + size, all.size())), all.size(), page, size);
    }

    /** The whole list, as the CSV download has it. */
    @Transactional
    public List<OutreachEntry> all(District district, Industry industry) {
        caller.requireAdmin("see the voucher outreach list");
        List<OutreachEntry> entries = new ArrayList<>();
        for (Object[] row : outreach.withoutApplication()) {
            VoucherOutreachEntry entry = (VoucherOutreachEntry) row[0];
            Need need = (Need) row[1];
            if ((district == null || district == entry.district) && (industry == null || entry.industries.contains(industry))) {
                Enterprise enterprise = need.enterprise;
                var contact = enterprise.contact;
                entries.add(new OutreachEntry(need.id, need.externalId, need.title, enterprise.id, enterprise.name, entry.district,
                        entry.industries, entry.categories, entry.providers, entry.capLeft, contact == null ? null : contact.person(),
                        contact == null ? null : contact.phone(), contact == null ? null : contact.email(), entry.computedAt));
            }
        }
        return entries;
    }

    /** An admin's refresh of the stored list, now. */
    public int refreshNow() {
        caller.requireAdmin("refresh the voucher outreach list");
        return refresh();
    }

    /**
     * Computes the eligibility of every open need and stores the eligible ones in place of the last result; how many.
     * Needs whose enterprise has no verified code or no cap left are passed over without a match.
     */
    public int refresh() {
        long start = System.nanoTime();
        List<Long> ids = QuarkusTransaction.requiringNew().call(outreach::openNeedIds);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<VoucherOutreachEntry> eligible = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            QuarkusTransaction.requiringNew().run(() -> {
                for (Need need : outreach.needsWithEnterprises(chunk)) {
                    VoucherEligibility eligibility = assess(need, today);
                    if (eligibility.eligible()) {
                        eligible.add(entry(need, eligibility, now));
                    }
                }
            });
        }
        QuarkusTransaction.requiringNew().run(() -> outreach.replaceAll(eligible));
        LOG.infof("Voucher outreach: %d of %d open needs voucher-eligible, computed in %d ms", eligible.size(), ids.size(),
                (System.nanoTime() - start) / 1_000_000);
        return eligible.size();
    }

    private VoucherEligibility assess(Need need, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (need.status != NeedStatus.OPEN) {
            reasons.add("NEED_CLOSED");
        }
        String code = need.enterprise.verifiedCreditCode;
        BigDecimal capLeft = null;
        if (code == null) {
            reasons.add("NO_VERIFIED_CREDIT_CODE");
        } else {
            capLeft = policy.maxPerEnterpriseYear().subtract(vouchers.usedInYear(code, today.getYear())).max(BigDecimal.ZERO).setScale(2);
            if (capLeft.signum() == 0) {
                reasons.add("NO_CAP_LEFT");
            }
        }
        List<EligibleProvider> providers = reasons.isEmpty() ? providersAmongFirstMatches(need, today) : List.of();
        if (reasons.isEmpty() && providers.isEmpty()) {
            reasons.add("NO_PROVIDER_AMONG_FIRST_MATCHES");
        }
        Set<CapabilityCategory> categories = new LinkedHashSet<>();
        need.categories.stream().filter(c -> providers.stream().anyMatch(p -> p.categories().contains(c))).forEach(categories::add);
        return new VoucherEligibility(need.id, reasons.isEmpty(), capLeft, List.copyOf(categories), providers, reasons);
    }

    /** The registered voucher providers among the need's first matches whose eligible capabilities cover one of its categories. */
    private List<EligibleProvider> providersAmongFirstMatches(Need need, LocalDate today) {
        if (need.categories.isEmpty()) {
            return List.of();
        }
        List<RankedMatch> matches = matchmaker.partnersOf(NeedProfile.of(need), MatchKind.ALL, FIRST_MATCHES, false).items();
        List<Long> institutionIds = matches.stream().filter(m -> RecordKind.INSTITUTION.code().equals(m.kind())).map(RankedMatch::id).toList();
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Institution> institutions = records.byIds(Institution.class, institutionIds);
        List<EligibleProvider> providers = new ArrayList<>();
        for (RankedMatch match : matches) {
            Institution institution = RecordKind.INSTITUTION.code().equals(match.kind()) ? institutions.get(match.id()) : null;
            if (institution == null || !institution.voucherProviderOn(today)) {
                continue;
            }
            List<CapabilityCategory> categories = institution.capabilities.stream().filter(c -> c.voucherEligible() && need.categories.contains(c.category()))
                    .map(c -> c.category()).distinct().toList();
            if (!categories.isEmpty()) {
                providers.add(new EligibleProvider(institution.id, institution.externalId, institution.name, match.rank(), categories));
            }
        }
        return providers;
    }

    private static VoucherOutreachEntry entry(Need need, VoucherEligibility eligibility, Instant now) {
        var entry = new VoucherOutreachEntry();
        entry.needId = need.id;
        entry.enterpriseId = need.enterprise.id;
        entry.district = need.enterprise.district;
        entry.industries = List.copyOf(need.industries.isEmpty() ? need.enterprise.industries : need.industries);
        entry.categories = eligibility.categories();
        entry.providers = eligibility.providers().stream().map(EligibleProvider::name).toList();
        entry.capLeft = eligibility.capLeft();
        entry.computedAt = now;
        return entry;
    }
}
