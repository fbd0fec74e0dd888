package cn.wenzhou.fashion.match;

import static cn.wenzhou.fashion.search.SearchFields.STATUS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

import cn.wenzhou.fashion.common.Capability;
import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.need.Need;
import cn.wenzhou.fashion.need.NeedStatus;
import cn.wenzhou.fashion.search.AnalyzedText;
import cn.wenzhou.fashion.search.Highlighter;
import cn.wenzhou.fashion.search.Searchable;
import cn.wenzhou.fashion.search.TextQuery;

/**
 * Reverse matching: the open needs a partner can serve, retrieved by the partner's texts and ranked by the
 * same explained factors as partners for a need.
 */
@ApplicationScoped
public class NeedMatcher {

    private static final int QUERY_LENGTH = 500;

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
        AnalyzedText text = AnalyzedText.of(queryText(partner));
        // Candidates are only read: no snapshots to compare at commit.
        session.toOrmSession().unwrap(Session.class).setDefaultReadOnly(true);
        var hits = session.search(Need.class).extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(f.entity(), f.score()).asArray(values -> values))
                .where(f -> {
                    var bool = f.bool();
                    textQuery.addTo(f, bool, text);
                    bool.filter(f.match().field(STATUS).matching(NeedStatus.OPEN.name()));
                    return bool;
                })
                .fetchHits(weights.candidates());
        List<String> partnerConcepts = ((Searchable) partner).searchDocument().concepts();
        float best = hits.stream().map(v -> (Float) v[1]).max(Float::compare).orElse(1f);
        Instant now = Instant.now();
        List<ScoredCandidate> scored = new ArrayList<>();
        for (Object[] hit : hits) {
            Need need = (Need) hit[0];
            NeedProfile profile = NeedProfile.of(need);
            scored.add(new ScoredCandidate(Need.KIND, need, need.title, profile, partner,
                    scorer.score(profile, MatchScorer.conceptsOf(profile), partner, partnerConcepts, (Float) hit[1] / best, now)));
        }
        return ScoredCandidate.rank(scored, limit, Highlighter.of(text, PartnerMatcher.FRAGMENT_SIZE, PartnerMatcher.FRAGMENTS), scorer);
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
