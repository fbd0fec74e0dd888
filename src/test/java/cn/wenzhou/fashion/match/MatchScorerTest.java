package cn.wenzhou.fashion.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.Location;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.Scope;
import cn.wenzhou.fashion.domain.TrackRecord;
import cn.wenzhou.fashion.search.DomainAnalyzer;
import cn.wenzhou.fashion.search.Fragment;

class MatchScorerTest {

    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    /** The default weights: text 35, category 15, industry 5, voucher 20, scope 20, track record 3, profile 2. */
    private static final MatchWeights WEIGHTS = new MatchWeights() {
        public double text() { return 35; }
        public double category() { return 15; }
        public double industry() { return 5; }
        public double voucher() { return 20; }
        public double scope() { return 20; }
        public double trackRecord() { return 3; }
        public double profile() { return 2; }
        public int candidates() { return 60; }
    };

    private final MatchScorer scorer = new MatchScorer(WEIGHTS, new DomainAnalyzer(Optional.empty(), Optional.empty()));

    private static NeedProfile need(Scope scope, CapabilityCategory... categories) {
        return new NeedProfile("鞋底防滑检测", null, List.of(), List.of(Industry.FOOTWEAR), List.of(categories), true, scope);
    }

    private static Institution lab(boolean voucherProvider, CapabilityCategory eligible) {
        var lab = new Institution();
        lab.describe("温州鞋类检测中心", "提供成品鞋防滑、耐磨、剥离强度、色牢度等检测服务，持有CMA与CNAS资质，服务温州鞋企十余年，报告国内外通用。",
                List.of(Industry.FOOTWEAR), List.of(new Capability(eligible, "防滑检测", "湿态防滑", true)),
                List.of("防滑", "检测", "鞋底"), new Location("CN", "浙江省", Location.WENZHOU, District.LUCHENG), false, null);
        lab.voucherProvider = voucherProvider;
        lab.updatedAt = NOW.minus(Duration.ofDays(10));
        return lab;
    }

    private static double contribution(MatchScorer.Scored scored, String factor) {
        return scored.factors().stream().filter(f -> f.name().equals(factor)).findFirst().orElseThrow().contribution();
    }

    @Test
    void factorsAddUpToTheScore() {
        var scored = scorer.score(need(Scope.LOCAL, CapabilityCategory.TESTING_CERTIFICATION, CapabilityCategory.MATERIAL_RD),
                Set.of("~a", "~b"), lab(true, CapabilityCategory.TESTING_CERTIFICATION), List.of("~a"), 0.8, NOW);
        // text: half of 0.8 relevance + half of 1 of 2 concepts = 0.65 of 35
        assertThat(contribution(scored, "text")).isEqualTo(22.75);
        assertThat(contribution(scored, "category")).isEqualTo(7.5);
        assertThat(contribution(scored, "industry")).isEqualTo(5.0);
        assertThat(contribution(scored, "voucher")).isEqualTo(20.0);
        assertThat(contribution(scored, "scope")).isEqualTo(20.0);
        assertThat(contribution(scored, "trackRecord")).isEqualTo(1.5);
        assertThat(contribution(scored, "profile")).isEqualTo(2.0);
        assertThat(scored.score()).isEqualTo(78.75);
        assertThat(scored.covered()).containsExactly(CapabilityCategory.TESTING_CERTIFICATION);
    }

    @Test
    void voucherFactorIsFullOnlyForARegisteredProviderEligibleInTheCategory() {
        NeedProfile need = need(Scope.ANY, CapabilityCategory.TESTING_CERTIFICATION);
        assertThat(contribution(scorer.score(need, Set.of(), lab(true, CapabilityCategory.TESTING_CERTIFICATION), List.of(), 1, NOW), "voucher"))
                .isEqualTo(20.0);
        assertThat(contribution(scorer.score(need, Set.of(), lab(true, CapabilityCategory.MATERIAL_RD), List.of(), 1, NOW), "voucher"))
                .isEqualTo(6.0);
        assertThat(contribution(scorer.score(need, Set.of(), lab(false, CapabilityCategory.TESTING_CERTIFICATION), List.of(), 1, NOW), "voucher"))
                .isEqualTo(0.0);
        PartnerProfile designer = new Designer();
        designer.describe("张设计", null, List.of(Industry.FOOTWEAR), List.of(), List.of(), null, false, null);
        assertThat(contribution(scorer.score(need, Set.of(), designer, List.of(), 1, NOW), "voucher")).isEqualTo(0.0);
    }

    @Test
    void scopeFitKeepsALittleForOneStepOff() {
        assertThat(MatchScorer.scopeFit(Scope.ANY, Scope.INTERNATIONAL)).isEqualTo(1.0);
        assertThat(MatchScorer.scopeFit(Scope.LOCAL, Scope.LOCAL)).isEqualTo(1.0);
        assertThat(MatchScorer.scopeFit(Scope.LOCAL, Scope.DOMESTIC)).isEqualTo(0.3);
        assertThat(MatchScorer.scopeFit(Scope.LOCAL, Scope.INTERNATIONAL)).isEqualTo(0.0);
        assertThat(MatchScorer.scopeFit(Scope.DOMESTIC, Scope.LOCAL)).isEqualTo(1.0);
        assertThat(MatchScorer.scopeFit(Scope.DOMESTIC, Scope.INTERNATIONAL)).isEqualTo(0.0);
        assertThat(MatchScorer.scopeFit(Scope.INTERNATIONAL, Scope.DOMESTIC)).isEqualTo(0.3);
    }

    @Test
    void trackRecordAndAgeMoveTheirFactors() {
        Institution rated = lab(true, CapabilityCategory.TESTING_CERTIFICATION);
        rated.trackRecord = new TrackRecord(2, 2, 10);
        rated.updatedAt = NOW.minus(Duration.ofDays(730));
        var scored = scorer.score(need(Scope.ANY), Set.of(), rated, List.of(), 1, NOW);
        // two five-star completions: halfway from neutral 0.5 to 1
        assertThat(contribution(scored, "trackRecord")).isEqualTo(2.25);
        // complete profile, two years old: 0.7 + 0.3 × 0.5 of 2 points
        assertThat(contribution(scored, "profile")).isEqualTo(1.7);
    }

    @Test
    void matchedTermsAreTheMarkedWordsOfTwoCharactersOrMore() {
        var fragment = new Fragment("PU大底的防滑性能检测，鞋", List.of(
                new Fragment.Mark(2, 4), new Fragment.Mark(5, 9),
                new Fragment.Mark(12, 13)));
        assertThat(MatchScorer.matchedTerms(Map.of("capabilities", List.of(fragment)))).containsExactly("大底", "防滑性能");
    }
}
