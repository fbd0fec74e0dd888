package cn.wenzhou.fashion.match;

import static cn.wenzhou.fashion.search.SearchFields.CATEGORY;
import static cn.wenzhou.fashion.search.SearchFields.CONCEPTS;
import static cn.wenzhou.fashion.search.SearchFields.SCOPE;
import static cn.wenzhou.fashion.search.SearchFields.VOUCHER;
import static cn.wenzhou.fashion.search.SearchFields.VOUCHER_CATEGORY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

import cn.wenzhou.fashion.common.PartnerProfile;
import cn.wenzhou.fashion.common.Scope;
import cn.wenzhou.fashion.designer.Designer;
import cn.wenzhou.fashion.institution.Institution;
import cn.wenzhou.fashion.search.AnalyzedText;
import cn.wenzhou.fashion.search.Highlighter;
import cn.wenzhou.fashion.search.TextQuery;

/**
 * Ranks partners for a need: Elasticsearch retrieves the top candidates by text (and, when asked, only
 * those meeting the voucher and scope constraints); {@link MatchScorer} re-ranks them with its
 * explained factors.
 */
@ApplicationScoped
public class PartnerMatcher {

    static final int FRAGMENT_SIZE = 60;
    static final int FRAGMENTS = 2;

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
        AnalyzedText text = AnalyzedText.of(need.queryText());
        // Candidates are only read: no snapshots to compare at commit.
        session.toOrmSession().unwrap(Session.class).setDefaultReadOnly(true);
        var hits = session.search(session.scope(kind.types)).extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(f.entity(PartnerProfile.class), f.score(), f.field(CONCEPTS, String.class).list())
                        .as(Candidate::new))
                .where(f -> {
                    var bool = f.bool();
                    if (text.text().isBlank()) {
                        // A draft with categories only: every partner offering one of them is a candidate.
                        bool.must(f.terms().field(CATEGORY).matchingAny(need.categories().stream().map(Enum::name).toList()));
                    } else {
                        textQuery.addTo(f, bool, text);
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
                .fetchHits(weights.candidates());
        float best = hits.stream().map(Candidate::score).max(Float::compare).orElse(1f);
        Instant now = Instant.now();
        Set<String> needConcepts = Set.copyOf(text.concepts());
        List<ScoredCandidate> scored = new ArrayList<>();
        for (Candidate candidate : hits) {
            PartnerProfile partner = candidate.partner();
            scored.add(new ScoredCandidate(partner instanceof Designer ? Designer.KIND : Institution.KIND, partner, partner.name,
                    need, partner, scorer.score(need, needConcepts, partner, candidate.concepts(), candidate.score() / best, now)));
        }
        return ScoredCandidate.rank(scored, limit, Highlighter.of(text, FRAGMENT_SIZE, FRAGMENTS), scorer);
    }

    private static List<String> allowedScopes(Scope wanted) {
        return switch (wanted) {
            case LOCAL -> List.of(Scope.LOCAL.name());
            case DOMESTIC -> List.of(Scope.LOCAL.name(), Scope.DOMESTIC.name());
            default -> List.of(wanted.name());
        };
    }

    private record Candidate(PartnerProfile partner, float score, List<String> concepts) {
    }
}
