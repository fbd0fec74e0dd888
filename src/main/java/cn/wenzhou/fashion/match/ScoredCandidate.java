package cn.wenzhou.fashion.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.search.Highlighter;
import cn.wenzhou.fashion.search.MatchCandidates;

/**
 * A retrieved counterpart (a partner of a need, or a need of a partner) with its score.
 *
 * @param counterpart the record ranked: {@code partner}, or the stored need behind {@code need}
 */
record ScoredCandidate(LibraryRecord counterpart, String name, NeedProfile need, PartnerProfile partner, MatchScorer.Scored scored) {

    /**
     * The best {@code limit} candidates, ties broken by external id, explained with the counterpart's texts
     * highlighted: only the matches shown pay for highlighting.
     */
    static MatchResult rank(List<ScoredCandidate> candidates, int limit, Highlighter highlighter, MatchScorer scorer,
            MatchCandidates search) {
        List<ScoredCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble((ScoredCandidate c) -> c.scored.score()).reversed()
                .thenComparing(c -> c.counterpart.externalId));
        List<RankedMatch> items = new ArrayList<>();
        for (ScoredCandidate c : sorted.subList(0, Math.min(limit, sorted.size()))) {
            var highlights = highlighter.highlight(search.textsOf(c.counterpart));
            items.add(new RankedMatch(RecordKind.of(c.counterpart).code(), c.counterpart.id, c.counterpart.externalId, c.name,
                    c.scored.score(), items.size() + 1, scorer.explain(c.need, c.partner, c.scored, highlights)));
        }
        return new MatchResult(items);
    }
}
