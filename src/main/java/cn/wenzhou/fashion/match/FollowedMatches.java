package cn.wenzhou.fashion.match;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.search.AnalyzedText;
import cn.wenzhou.fashion.search.DomainAnalyzer;
import cn.wenzhou.fashion.search.MatchCandidates;

import lombok.RequiredArgsConstructor;

/**
 * Match scores of a few new or changed records alone, for alerts on a followed need or on a partner's capabilities:
 * the same query, analysis and scorer as {@link Matchmaker}, the text relevance measured against the best relevance
 * kept with the alert (refreshed daily) instead of the best of a full ranking, which would mean one per change.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class FollowedMatches {

    private final MatchCandidates candidates;
    private final DomainAnalyzer analyzer;
    private final MatchScorer scorer;
    private final Clock clock;

    /** The best text relevance of any partner of the kinds for the need; 0 when none is found. */
    @Transactional
    public float bestPartnerRelevance(NeedProfile need, MatchKind kind) {
        AnalyzedText text = analyzer.analyze(need.queryText());
        var filter = new MatchCandidates.PartnerFilter(need.categories(), null, Set.of());
        return candidates.partners(text, kind.kinds, filter, 1).stream().map(MatchCandidates.Partner::score).findFirst().orElse(0f);
    }

    /** The match scores (0-100) of these partners of one kind for the need, by partner id; those the text misses have none. */
    @Transactional
    public Map<Long, Double> partnerScores(NeedProfile need, RecordKind kind, Collection<Long> ids, float bestRelevance) {
        AnalyzedText text = analyzer.analyze(need.queryText());
        Map<Long, Double> scores = new HashMap<>();
        if (text.text().isBlank() || ids.isEmpty()) {
            return scores;
        }
        Set<String> needConcepts = Set.copyOf(text.concepts());
        Instant now = clock.instant();
        for (MatchCandidates.Partner hit : candidates.partnersAmong(text, kind, ids)) {
            scores.put(hit.partner().id, scorer.score(need, needConcepts, hit.partner(), hit.concepts(),
                    relative(hit.score(), bestRelevance), now).score());
        }
        return scores;
    }

    /** The best text relevance of any open need for the partner's capabilities; 0 when none is found. */
    @Transactional
    public float bestNeedRelevance(PartnerProfile partner) {
        AnalyzedText text = analyzer.analyze(Matchmaker.queryText(partner));
        return candidates.openNeeds(text, 1).stream().map(MatchCandidates.OpenNeed::score).findFirst().orElse(0f);
    }

    /** The reverse-match scores (0-100) of these open needs for the partner, by need id. */
    @Transactional
    public Map<Long, Double> needScores(PartnerProfile partner, Collection<Long> needIds, float bestRelevance) {
        Map<Long, Double> scores = new HashMap<>();
        if (needIds.isEmpty()) {
            return scores;
        }
        AnalyzedText text = analyzer.analyze(Matchmaker.queryText(partner));
        var partnerConcepts = candidates.conceptsOf(partner);
        Instant now = clock.instant();
        for (MatchCandidates.OpenNeed hit : candidates.openNeedsAmong(text, needIds, needIds.size())) {
            NeedProfile need = NeedProfile.of(hit.need());
            scores.put(hit.need().id, scorer.score(need, scorer.conceptsOf(need), partner, partnerConcepts,
                    relative(hit.score(), bestRelevance), now).score());
        }
        return scores;
    }

    /** Relative to the kept best; a record better than it counts as the best (the daily refresh then raises it). */
    private static double relative(float score, float best) {
        return best <= 0 ? 1 : Math.min(1, score / best);
    }
}
