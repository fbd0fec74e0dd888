package cn.wenzhou.fashion.match;

import static cn.wenzhou.fashion.search.SearchFields.CAPABILITIES;
import static cn.wenzhou.fashion.search.SearchFields.CATEGORY;
import static cn.wenzhou.fashion.search.SearchFields.DESCRIPTION;
import static cn.wenzhou.fashion.search.SearchFields.NAME;
import static cn.wenzhou.fashion.search.SearchFields.SCOPE;
import static cn.wenzhou.fashion.search.SearchFields.TAGS;
import static cn.wenzhou.fashion.search.SearchFields.VOUCHER;
import static cn.wenzhou.fashion.search.SearchFields.VOUCHER_CATEGORY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.common.Scope;
import cn.wenzhou.fashion.designer.Designer;
import cn.wenzhou.fashion.search.Highlights;
import cn.wenzhou.fashion.search.TextQuery;

/**
 * Ranks partners for a need: Elasticsearch retrieves the top candidates by text (and, when asked, only
 * those meeting the voucher and scope constraints); {@link MatchScorer} re-ranks them with its
 * explained factors.
 */
@ApplicationScoped
public class PartnerMatcher {

    static final List<String> HIGHLIGHTED = List.of(NAME, TAGS, CAPABILITIES, DESCRIPTION);

    private final SearchSession session;
    private final TextQuery textQuery;
    private final MatchScorer scorer;
    private final MatchWeights weights;

    public PartnerMatcher(SearchSession session, TextQuery textQuery, MatchScorer scorer, MatchWeights weights) {
        this.session = session;
        this.textQuery = textQuery;
        this.scorer = scorer;
        this.weights = weights;
    }

    /**
     * @param strict when true, the voucher and scope constraints filter candidates instead of lowering their score
     */
    @Transactional
    public MatchResult match(NeedProfile need, MatchKind kind, int limit, boolean strict) {
        var hits = session.search(session.scope(kind.types)).extension(ElasticsearchExtension.get())
                .select(f -> f.composite()
                        .from(f.entity(PartnerProfile.class), f.score(), f.highlight(NAME), f.highlight(TAGS),
                                f.highlight(CAPABILITIES), f.highlight(DESCRIPTION))
                        .asArray(Candidate::of))
                .where(f -> {
                    var bool = f.bool();
                    if (need.queryText().isBlank()) {
                        // A draft with categories only: every partner offering one of them is a candidate.
                        bool.must(f.terms().field(CATEGORY).matchingAny(need.categories().stream().map(Enum::name).toList()));
                    } else {
                        textQuery.addTo(f, bool, need.queryText());
                    }
                    if (strict && need.useVoucher()) {
                        bool.filter(f.match().field(VOUCHER).matching("true"));
                        if (!need.categories().isEmpty()) {
                            bool.filter(f.terms().field(VOUCHER_CATEGORY).matchingAny(need.categories().stream().map(Enum::name).toList()));
                        }
                    }
                    if (strict && need.preferredScope() != null && need.preferredScope() != Scope.ANY) {
                        bool.filter(f.terms().field(SCOPE).matchingAny(allowedScopes(need.preferredScope())));
                    }
                    return bool;
                })
                .highlighter(h -> h.unified().tag("<em>", "</em>").fragmentSize(60).numberOfFragments(2))
                .requestTransformer(request -> Highlights.matchCharacters(request, need.queryText()))
                .fetchHits(weights.candidates());
        float best = hits.stream().map(Candidate::score).max(Float::compare).orElse(1f);
        Instant now = Instant.now();
        Set<String> needConcepts = MatchScorer.conceptsOf(need);
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : hits) {
            var result = scorer.score(need, needConcepts, candidate.partner(), candidate.score() / best, candidate.highlights(), now);
            scored.add(new Scored(candidate.partner(), result));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.result().score()).reversed()
                .thenComparing(s -> s.partner().externalId));
        List<RankedMatch> items = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            PartnerProfile p = s.partner();
            items.add(new RankedMatch(p instanceof Designer ? Designer.KIND : "institution", p.id, p.externalId, p.name,
                    s.result().score(), items.size() + 1, s.result().explanation()));
        }
        return new MatchResult(items);
    }

    private static List<String> allowedScopes(Scope wanted) {
        return switch (wanted) {
            case LOCAL -> List.of(Scope.LOCAL.name());
            case DOMESTIC -> List.of(Scope.LOCAL.name(), Scope.DOMESTIC.name());
            default -> List.of(wanted.name());
        };
    }

    private record Scored(PartnerProfile partner, MatchScorer.Scored result) {
    }

    private record Candidate(PartnerProfile partner, float score, Map<String, List<String>> highlights) {

        static Candidate of(Object[] values) {
            return new Candidate((PartnerProfile) values[0], (Float) values[1], Highlights.byField(HIGHLIGHTED, values, 2));
        }
    }
}
