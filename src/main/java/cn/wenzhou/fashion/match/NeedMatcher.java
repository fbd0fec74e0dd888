package cn.wenzhou.fashion.match;

import static cn.wenzhou.fashion.search.SearchFields.DESCRIPTION;
import static cn.wenzhou.fashion.search.SearchFields.NAME;
import static cn.wenzhou.fashion.search.SearchFields.STATUS;
import static cn.wenzhou.fashion.search.SearchFields.TAGS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

import cn.wenzhou.fashion.common.Capability;
import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.need.Need;
import cn.wenzhou.fashion.need.NeedStatus;
import cn.wenzhou.fashion.search.Highlights;
import cn.wenzhou.fashion.search.TextQuery;

/**
 * Reverse matching: the open needs a partner can serve, retrieved by the partner's texts and ranked by the
 * same explained factors as partners for a need.
 */
@ApplicationScoped
public class NeedMatcher {

    private static final int QUERY_LENGTH = 500;
    private static final List<String> HIGHLIGHTED = List.of(NAME, TAGS, DESCRIPTION);

    private final SearchSession session;
    private final TextQuery textQuery;
    private final MatchScorer scorer;
    private final MatchWeights weights;

    public NeedMatcher(SearchSession session, TextQuery textQuery, MatchScorer scorer, MatchWeights weights) {
        this.session = session;
        this.textQuery = textQuery;
        this.scorer = scorer;
        this.weights = weights;
    }

    @Transactional
    public MatchResult match(PartnerProfile partner, int limit) {
        String text = queryText(partner);
        var hits = session.search(Need.class).extension(ElasticsearchExtension.get())
                .select(f -> f.composite()
                        .from(f.entity(), f.score(), f.highlight(NAME), f.highlight(TAGS), f.highlight(DESCRIPTION))
                        .asArray(values -> values))
                .where(f -> {
                    var bool = f.bool();
                    textQuery.addTo(f, bool, text);
                    bool.filter(f.match().field(STATUS).matching(NeedStatus.OPEN.name()));
                    return bool;
                })
                .highlighter(h -> h.unified().tag("<em>", "</em>").fragmentSize(60).numberOfFragments(2))
                .requestTransformer(request -> Highlights.matchCharacters(request, text))
                .fetchHits(weights.candidates());
        float best = hits.stream().map(v -> (Float) v[1]).max(Float::compare).orElse(1f);
        Instant now = Instant.now();
        List<RankedMatch> ranked = new ArrayList<>();
        for (Object[] hit : hits) {
            Need need = (Need) hit[0];
            NeedProfile profile = NeedProfile.of(need);
            var scored = scorer.score(profile, MatchScorer.conceptsOf(profile), partner, (Float) hit[1] / best, Highlights.byField(HIGHLIGHTED, hit, 2), now);
            ranked.add(new RankedMatch(Need.KIND, need.id, need.externalId, need.title, scored.score(), 0, scored.explanation()));
        }
        ranked.sort(Comparator.comparingDouble(RankedMatch::score).reversed().thenComparing(RankedMatch::externalId));
        List<RankedMatch> items = new ArrayList<>();
        for (RankedMatch match : ranked.subList(0, Math.min(limit, ranked.size()))) {
            items.add(new RankedMatch(match.kind(), match.id(), match.externalId(), match.name(), match.score(), items.size() + 1,
                    match.explanation()));
        }
        return new MatchResult(items);
    }

    /** What the partner offers, most telling first: capability titles, tags, then descriptions. */
    private static String queryText(PartnerProfile partner) {
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
