package cn.wenzhou.fashion.match;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.Labels;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.Scope;
import cn.wenzhou.fashion.search.DomainAnalyzer;
import cn.wenzhou.fashion.search.Fragment;

import lombok.RequiredArgsConstructor;

/**
 * The transparent scoring function of matching: each factor's value in [0, 1] times its configured weight,
 * added up. No record is treated specially; only the need, the partner and the text relevance count.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class MatchScorer {

    private static final double ONE_STEP_OFF = 0.3;

    private final MatchWeights weights;
    private final DomainAnalyzer analyzer;

    /**
     * Scores a partner for a need.
     *
     * @param relativeText the partner's text relevance relative to the best candidate, in [0, 1]
     * @param needConcepts {@link #conceptsOf(NeedProfile)} of the need
     * @param partnerConcepts the domain concepts of the partner's texts ({@code MatchCandidates#conceptsOf})
     */
    public Scored score(NeedProfile need, Set<String> needConcepts, PartnerProfile partner, Collection<String> partnerConcepts,
            double relativeText, Instant now) {
        Set<CapabilityCategory> offered = partner.capabilities.stream().map(Capability::category).collect(Collectors.toSet());
        List<CapabilityCategory> covered = need.categories().stream().filter(offered::contains).toList();
        Set<String> shared = new java.util.LinkedHashSet<>(partnerConcepts);
        shared.retainAll(needConcepts);
        // Concepts are language-independent: an English profile answers a Chinese need through them.
        double conceptCoverage = needConcepts.isEmpty() ? relativeText : (double) shared.size() / needConcepts.size();
        double text = 0.5 * relativeText + 0.5 * conceptCoverage;

        List<Factor> factors = List.of(
                Factor.of("text", weights.text(), text,
                        "text relevance %.0f%% of the best candidate; %d of the need's %d domain concepts%s".formatted(
                                relativeText * 100, shared.size(), needConcepts.size(),
                                shared.isEmpty() ? "" : " " + shared.stream().map(c -> c.substring(1)).toList())),
                Factor.of("category", weights.category(),
                        need.categories().isEmpty() ? 1 : (double) covered.size() / need.categories().size(),
                        need.categories().isEmpty() ? "no category asked" : "offers " + covered + " of " + need.categories()),
                Factor.of("industry", weights.industry(),
                        need.industries().isEmpty() || partner.industries.stream().anyMatch(need.industries()::contains) ? 1 : 0,
                        "works in " + partner.industries),
                voucher(need, partner),
                scope(need, partner),
                Factor.of("trackRecord", weights.trackRecord(), partner.trackRecord.value(), partner.trackRecord.describe()),
                profile(partner, now));
        double score = Factor.round(factors.stream().mapToDouble(Factor::contribution).sum());
        return new Scored(score, factors, covered);
    }

    /**
     * The explanation of a score, for the matches shown only: highlighting costs more than scoring.
     *
     * @param highlights fragments of the counterpart's texts with the terms looked for marked
     */
    public MatchExplanation explain(NeedProfile need, PartnerProfile partner, Scored scored, Map<String, List<Fragment>> highlights) {
        List<String> terms = matchedTerms(highlights);
        return new MatchExplanation(scored.factors(), highlights, reasonsZh(need, partner, scored.covered(), terms),
                reasonsEn(need, partner, scored.covered(), terms));
    }

    /** The domain concepts a need mentions: computed once per need, used for each of its candidates. */
    public Set<String> conceptsOf(NeedProfile need) {
        return Set.copyOf(analyzer.concepts(need.queryText()));
    }

    /** A score, its factors and the categories of the need the partner covers. */
    public record Scored(double score, List<Factor> factors, List<CapabilityCategory> covered) {
    }

    private Factor voucher(NeedProfile need, PartnerProfile partner) {
        if (!need.useVoucher()) {
            return Factor.of("voucher", weights.voucher(), 1, "the need is not paid with vouchers");
        }
        return switch (voucherFit(need, partner)) {
            case ELIGIBLE -> Factor.of("voucher", weights.voucher(), 1, "registered voucher provider with an eligible capability in the category");
            case OTHER_CATEGORY -> Factor.of("voucher", weights.voucher(), ONE_STEP_OFF, "voucher provider, but not eligible in the category asked");
            case NONE -> Factor.of("voucher", weights.voucher(), 0, "cannot be paid with innovation vouchers");
        };
    }

    enum VoucherFit { ELIGIBLE, OTHER_CATEGORY, NONE }

    static VoucherFit voucherFit(NeedProfile need, PartnerProfile partner) {
        if (!(partner instanceof Institution institution) || !institution.voucherProvider) {
            return VoucherFit.NONE;
        }
        List<CapabilityCategory> eligible = partner.capabilities.stream().filter(Capability::voucherEligible).map(Capability::category).toList();
        if (eligible.isEmpty()) {
            return VoucherFit.NONE;
        }
        return need.categories().isEmpty() || eligible.stream().anyMatch(need.categories()::contains) ? VoucherFit.ELIGIBLE : VoucherFit.OTHER_CATEGORY;
    }

    private Factor scope(NeedProfile need, PartnerProfile partner) {
        Scope wanted = need.preferredScope() == null ? Scope.ANY : need.preferredScope();
        Scope where = partner.location == null ? Scope.DOMESTIC : partner.location.scope();
        double value = scopeFit(wanted, where);
        return Factor.of("scope", weights.scope(), value, wanted == Scope.ANY ? "any location is fine"
                : "need wants " + wanted + ", partner is " + where);
    }

    /** LOCAL ⊂ DOMESTIC; one step off (Wenzhou vs the rest of China, China vs abroad) keeps a little. */
    static double scopeFit(Scope wanted, Scope where) {
        return switch (wanted) {
            case ANY -> 1;
            case LOCAL -> where == Scope.LOCAL ? 1 : where == Scope.DOMESTIC ? ONE_STEP_OFF : 0;
            case DOMESTIC -> where == Scope.INTERNATIONAL ? 0 : 1;
            case INTERNATIONAL -> where == Scope.INTERNATIONAL ? 1 : ONE_STEP_OFF;
        };
    }

    private Factor profile(PartnerProfile partner, Instant now) {
        double complete = 0;
        complete += partner.description != null && partner.description.length() >= 40 ? 0.3 : 0;
        complete += partner.capabilities.isEmpty() ? 0 : 0.3;
        complete += partner.capabilities.stream().allMatch(c -> c.description() != null && !c.description().isBlank()) ? 0.2 : 0;
        complete += partner.tags.size() >= 3 ? 0.2 : 0;
        double ageDays = partner.updatedAt == null ? 0 : Duration.between(partner.updatedAt, now).toDays();
        double fresh = ageDays <= 365 ? 1 : Math.max(0, 1 - (ageDays - 365) / 730);
        return Factor.of("profile", weights.profile(), 0.7 * complete + 0.3 * fresh,
                "profile %.0f%% complete, updated %d days ago".formatted(complete * 100, (long) ageDays));
    }

    /** Terms of the need found in the partner's texts: marked terms of two characters or more, the first five. */
    static List<String> matchedTerms(Map<String, List<Fragment>> highlights) {
        var terms = new java.util.LinkedHashSet<String>();
        highlights.values().forEach(fragments -> fragments.forEach(fragment -> fragment.markedTerms().stream()
                .filter(term -> term.length() >= 2).forEach(terms::add)));
        return terms.stream().limit(5).toList();
    }

    private static List<String> reasonsZh(NeedProfile need, PartnerProfile partner, List<CapabilityCategory> covered, List<String> terms) {
        List<String> reasons = new ArrayList<>();
        if (!terms.isEmpty()) {
            reasons.add("简介与需求中的“" + String.join("、", terms.subList(0, Math.min(3, terms.size()))) + "”相符");
        }
        if (!covered.isEmpty()) {
            reasons.add("提供" + covered.stream().map(Labels::zh).collect(Collectors.joining("、")) + "服务");
        }
        if (need.useVoucher() && voucherFit(need, partner) == VoucherFit.ELIGIBLE) {
            reasons.add(0, "创新券登记服务机构，相关服务可用创新券支付");
        }
        return reasons.subList(0, Math.min(2, reasons.size()));
    }

    private static List<String> reasonsEn(NeedProfile need, PartnerProfile partner, List<CapabilityCategory> covered, List<String> terms) {
        List<String> reasons = new ArrayList<>();
        if (!terms.isEmpty()) {
            reasons.add("Its profile matches \"" + String.join("\", \"", terms.subList(0, Math.min(3, terms.size()))) + "\" of the need");
        }
        if (!covered.isEmpty()) {
            reasons.add("Offers " + covered.stream().map(Labels::en).collect(Collectors.joining(", ")).toLowerCase());
        }
        if (need.useVoucher() && voucherFit(need, partner) == VoucherFit.ELIGIBLE) {
            reasons.add(0, "Registered innovation-voucher provider: the service can be paid with vouchers");
        }
        return reasons.subList(0, Math.min(2, reasons.size()));
    }
}
