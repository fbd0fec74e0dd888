package cn.wenzhou.fashion.notification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.search.InMemoryScoring;
import cn.wenzhou.fashion.search.ScoredFieldStatistics;
import cn.wenzhou.fashion.search.ScoringStatistics;
import cn.wenzhou.fashion.search.SearchDocument;

import lombok.RequiredArgsConstructor;

/**
 * Decides which changed records are news for which saved searches without asking Elasticsearch once per search: the
 * searches are indexed by their tokens, so that a record meets only those sharing a token with it (and those of facets
 * alone); each record is scored in memory ({@link InMemoryScoring}) with its index's statistics, read once per batch.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SavedSearchMatcher {

    /** The score Elasticsearch gives a search of facets alone: its match_all's. */
    private static final float FACETS_ONLY_SCORE = 1f;

    private final InMemoryScoring scoring;
    private final ScoringStatistics statistics;

    /** A record of the batch, with its owner (never told of their own record), its document and scored terms as indexed. */
    public record ChangedRecord(RecordKind kind, String owner, SearchDocument doc, String scoredTerms) {
    }

    /** A record that is news for a saved search, with its score. */
    public record News(Long alertId, ChangedRecord record, float score) {
    }

    public List<News> news(List<SavedQuery> searches, List<ChangedRecord> records) {
        var byToken = new HashMap<String, List<SavedQuery>>();
        var facetsOnly = new ArrayList<SavedQuery>();
        var queries = new HashMap<Long, InMemoryScoring.ScoredQuery>();
        for (SavedQuery search : searches) {
            if (search.text() == null) {
                facetsOnly.add(search);
                continue;
            }
            queries.put(search.alertId(), scoring.query(search.text()));
            search.tokens().forEach(token -> byToken.computeIfAbsent(token, t -> new ArrayList<>()).add(search));
        }
        Map<RecordKind, ScoredFieldStatistics> stats = statisticsOf(records, byToken.keySet());
        List<News> news = new ArrayList<>();
        for (ChangedRecord record : records) {
            var candidates = new LinkedHashSet<SavedQuery>(facetsOnly);
            tokens(record).forEach(token -> candidates.addAll(byToken.getOrDefault(token, List.of())));
            InMemoryScoring.ScoredRecord scored = null;
            for (SavedQuery search : candidates) {
                if (search.owner().equals(record.owner()) || !search.passes(record.kind(), record.doc())) {
                    continue;
                }
                float score;
                if (search.text() == null) {
                    score = FACETS_ONLY_SCORE;
                } else {
                    if (scored == null) {
                        scored = scoring.record(record.scoredTerms(), stats.get(record.kind()));
                    }
                    score = scored.score(queries.get(search.alertId()));
                }
                // BM25 gives every match a positive score: 0 is no match, even for a threshold of 0.
                if (score > 0 && score >= search.threshold()) {
                    news.add(new News(search.alertId(), record, score));
                }
            }
        }
        return news;
    }

    /** Per kind, the statistics of the tokens its records share with some search: one request per kind. */
    private Map<RecordKind, ScoredFieldStatistics> statisticsOf(List<ChangedRecord> records, Set<String> searched) {
        Map<RecordKind, Set<String>> shared = new EnumMap<>(RecordKind.class);
        for (ChangedRecord record : records) {
            Set<String> tokens = shared.computeIfAbsent(record.kind(), k -> new HashSet<>());
            tokens(record).stream().filter(searched::contains).forEach(tokens::add);
        }
        Map<RecordKind, ScoredFieldStatistics> stats = new EnumMap<>(RecordKind.class);
        shared.forEach((kind, tokens) -> {
            if (!tokens.isEmpty()) {
                stats.put(kind, statistics.of(kind, tokens));
            }
        });
        return stats;
    }

    private static Set<String> tokens(ChangedRecord record) {
        return record.scoredTerms().isEmpty() ? Set.of() : new HashSet<>(List.of(record.scoredTerms().split(" ")));
    }
}
