package cn.wenzhou.fashion.match;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.Scope;
import cn.wenzhou.fashion.search.AnalyzedText;
import cn.wenzhou.fashion.search.DomainAnalyzer;
import cn.wenzhou.fashion.search.Highlighter;
import cn.wenzhou.fashion.search.MatchCandidates;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ConfidentialNeeds;

import lombok.RequiredArgsConstructor;

/**
 * Matchmaking (对接) both ways: the partners of a need, and the open needs a partner can serve. Search retrieves
 * the top candidates by text (for a need, when asked, only those meeting its voucher and scope constraints);
 * {@link MatchScorer} re-ranks them with its explained factors; only the matches shown are highlighted.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class Matchmaker {

    private static final int FRAGMENT_SIZE = 60;
    private static final int FRAGMENTS = 2;
    /** The longest text a partner is retrieved with. */
    private static final int QUERY_LENGTH = 500;

    private final MatchCandidates candidates;
    private final DomainAnalyzer analyzer;
    private final MatchScorer scorer;
    private final MatchWeights weights;
    private final Records records;
    private final Caller caller;
    private final ConfidentialNeeds confidentialNeeds;
    private final Clock clock;

    /**
     * The partners of a stored need: for those who may read needs, and its owner; a confidential need's for its
     * owner and admins.
     */
    @Transactional
    public MatchResult partnersOf(Long needId, MatchKind kind, int limit, boolean strict) {
        caller.requireSignedIn();
        Need need = confidentialNeeds.requireWithMatches(needId);
        caller.requireNeedReaderOrOwnerOf(need);
        return partnersOf(NeedProfile.of(need), kind, limit, strict);
    }

    /**
     * The partners of a need, stored or drafted.
     *
     * @param strict when true, the voucher and scope constraints filter candidates instead of lowering their score
     */
    @Transactional
    public MatchResult partnersOf(NeedProfile need, MatchKind kind, int limit, boolean strict) {
        AnalyzedText text = analyzer.analyze(need.queryText());
        var filter = new MatchCandidates.PartnerFilter(need.categories(),
                strict && need.useVoucher() ? need.categories() : null,
                strict ? allowedScopes(need.preferredScope()) : Set.of());
        List<MatchCandidates.Partner> hits = candidates.partners(text, kind.kinds, filter, weights.candidates());
        float best = hits.stream().map(MatchCandidates.Partner::score).max(Float::compare).orElse(1f);
        Instant now = clock.instant();
        Set<String> needConcepts = Set.copyOf(text.concepts());
        List<ScoredCandidate> scored = new ArrayList<>();
        for (MatchCandidates.Partner hit : hits) {
            scored.add(new ScoredCandidate(hit.partner(), hit.partner().name, need, hit.partner(),
                    scorer.score(need, needConcepts, hit.partner(), hit.concepts(), hit.score() / best, now)));
        }
        return rank(scored, limit, text);
    }

    /** The open needs a stored partner can serve: for those who may read needs. */
    @Transactional
    public MatchResult needsOf(RecordKind kind, Long partnerId, int limit) {
        caller.requireNeedReader();
        PartnerProfile partner = (PartnerProfile) records.require(kind.entity(), partnerId);
        AnalyzedText text = analyzer.analyze(queryText(partner));
        List<MatchCandidates.OpenNeed> hits = candidates.openNeeds(text, weights.candidates());
        List<String> partnerConcepts = candidates.conceptsOf(partner);
        float best = hits.stream().map(MatchCandidates.OpenNeed::score).max(Float::compare).orElse(1f);
        Instant now = clock.instant();
        List<ScoredCandidate> scored = new ArrayList<>();
        for (MatchCandidates.OpenNeed hit : hits) {
            NeedProfile need = NeedProfile.of(hit.need());
            scored.add(new ScoredCandidate(hit.need(), hit.need().title, need, partner,
                    scorer.score(need, scorer.conceptsOf(need), partner, partnerConcepts, hit.score() / best, now)));
        }
        return rank(scored, limit, text);
    }

    private MatchResult rank(List<ScoredCandidate> scored, int limit, AnalyzedText text) {
        return ScoredCandidate.rank(scored, limit, Highlighter.of(text, analyzer, FRAGMENT_SIZE, FRAGMENTS), scorer, candidates);
    }

    /** LOCAL ⊂ DOMESTIC: a need wanting a Chinese partner takes Wenzhou ones too. */
    private static Set<Scope> allowedScopes(Scope wanted) {
        return switch (wanted == null ? Scope.ANY : wanted) {
            case ANY -> Set.of();
            case LOCAL -> EnumSet.of(Scope.LOCAL);
            case DOMESTIC -> EnumSet.of(Scope.LOCAL, Scope.DOMESTIC);
            case INTERNATIONAL -> EnumSet.of(Scope.INTERNATIONAL);
        };
    }

    /** What a partner offers, most telling first: capability titles, tags, then descriptions. */
    static String queryText(PartnerProfile partner) {
        List<String> parts = new ArrayList<>();
        partner.capabilities.stream().map(Capability::title).forEach(parts::add);
        parts.addAll(partner.tags);
        partner.capabilities.stream().map(Capability::description).filter(d -> d != null).forEach(parts::add);
        parts.add(partner.description == null ? "" : partner.description);
        String text = String.join(" ", parts).strip();
        if (text.isEmpty()) {
            text = partner.name;
        }
        return text.length() > QUERY_LENGTH ? text.substring(0, QUERY_LENGTH) : text;
    }
}
