package cn.wenzhou.fashion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.search.DomainAnalyzer;
import cn.wenzhou.fashion.search.Facet;
import cn.wenzhou.fashion.search.IndexMapping;
import cn.wenzhou.fashion.search.IndexedTerms;
import cn.wenzhou.fashion.search.SearchDocument;
import cn.wenzhou.fashion.search.SearchFields;
import cn.wenzhou.fashion.search.SearchService;
import cn.wenzhou.fashion.search.SearchableKinds;
import cn.wenzhou.fashion.search.SegmentMerger;
import cn.wenzhou.fashion.search.TextQuery;
import cn.wenzhou.fashion.testsupport.Corpus;
import cn.wenzhou.fashion.testsupport.IndexingBacklog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The in-memory evaluation of saved searches gives the news, and the scores, that Elasticsearch gives when each saved
 * search runs against the batch's records with its threshold (the oracle below queries the index directly).
 */
@QuarkusTest
class SavedSearchEquivalenceTest {

    /** 30 searches: texts of the corpus's trades, in both languages, some with facets, and two of facets alone. */
    private static final List<Object[]> SEARCHES = List.of(
            s("鞋底材料"), s("防滑检测"), s("服装设计"), s("皮革"), s("面料研发"), s("品牌营销"), s("3D打印"), s("检测认证"),
            s("鞋类检测", "industry", "FOOTWEAR"), s("女装", "kind", "designer"), s("智能制造 自动化"), s("眼镜"),
            s("footwear design"), s("leather tanning"), s("brand marketing"), s("testing lab"), s("鞋用胶粘剂"),
            s("直播 电商"), s("童装设计", "industry", "APPAREL"), s("工业设计"), s("环保 材料"), s("鞋业", "kind", "need"),
            s("服装", "district", "LUCHENG"), s("质量检测 标准"), s("知识产权"), s("培训 人才"), s("数字化 转型"),
            s("皮鞋 男鞋", "kind", "institution"), s("", "industry", "FOOTWEAR"), s("", "kind", "designer"));

    @Inject
    SavedSearchMatcher matcher;
    @Inject
    SearchService search;
    @Inject
    SearchSession session;
    @Inject
    TextQuery textQuery;
    @Inject
    DomainAnalyzer analyzer;
    @Inject
    IndexedTerms indexedTerms;
    @Inject
    SegmentMerger segments;

    private static Object[] s(String text, String... facet) {
        return new Object[] {text, facet.length == 0 ? Map.of() : Map.of(Facet.valueOf(toConstant(facet[0])), List.of(facet[1]))};
    }

    private static String toConstant(String param) {
        return param.replaceAll("([A-Z])", "_$1").toUpperCase();
    }

    @Test
    void theNewsOfThirtySavedSearchesOverFiftyRecordsAreThoseElasticsearchScores() {
        Corpus.importAsAdmin();
        IndexingBacklog.awaitEmpty();
        // The corpus's records were indexed before by other classes: their old versions stay in the statistics as
        // deleted documents until a merge, which Elasticsearch may run between the oracle's searches and the
        // matcher's statistics request. Merged first, the statistics hold still while the test compares.
        segments.mergeAll();
        session.workspace().refresh();
        List<SavedSearchMatcher.ChangedRecord> batch = batch();
        assertThat(batch).hasSize(50);

        List<SavedQuery> searches = new ArrayList<>();
        Map<Long, Map<String, Float>> oracle = new HashMap<>();
        for (int i = 0; i < SEARCHES.size(); i++) {
            String text = (String) SEARCHES.get(i)[0];
            @SuppressWarnings("unchecked")
            Map<Facet, List<String>> filters = (Map<Facet, List<String>>) SEARCHES.get(i)[1];
            Map<String, Float> scores = elasticsearchScores(text, filters, batch);
            // Half keep the threshold a saved search gets (its 20th hit); half a threshold between the batch's scores.
            double threshold = i % 2 == 0 ? twentieth(text, filters) : between(scores);
            long id = i + 1;
            searches.add(new SavedQuery(id, "equivalence-tester", text.isEmpty() ? null : analyzer.analyze(text), filters, threshold));
            oracle.put(id, scores.entrySet().stream().filter(e -> e.getValue() >= threshold)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }

        Map<Long, Map<String, Float>> inMemory = new HashMap<>();
        searches.forEach(q -> inMemory.put(q.alertId(), new HashMap<>()));
        for (SavedSearchMatcher.News news : matcher.news(searches, batch)) {
            inMemory.get(news.alertId()).put(news.record().doc().key(), news.score());
        }

        int total = 0;
        for (SavedQuery query : searches) {
            Map<String, Float> expected = oracle.get(query.alertId());
            Map<String, Float> actual = inMemory.get(query.alertId());
            assertThat(new TreeMap<>(actual).keySet()).as("news of search %d", query.alertId()).isEqualTo(new TreeMap<>(expected).keySet());
            expected.forEach((key, score) -> assertThat(actual.get(key)).as("score of %s for search %d", key, query.alertId())
                    .isCloseTo(score, within(Math.max(1e-4f, score * 1e-5f))));
            total += expected.size();
        }
        // The set is not trivial: many news, and many matches below their search's threshold.
        assertThat(total).isGreaterThan(40);
        long matches = searches.stream().mapToLong(q -> elasticsearchScores(text(q), q.filters(), batch).size()).sum();
        assertThat(matches).isGreaterThan(total + 20L);
    }

    private static String text(SavedQuery query) {
        return query.text() == null ? "" : query.text().text();
    }

    /** 50 corpus records of every kind the index holds, as the index holds them. */
    private List<SavedSearchMatcher.ChangedRecord> batch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<SavedSearchMatcher.ChangedRecord> records = new ArrayList<>();
            for (RecordKind kind : List.of(RecordKind.INSTITUTION, RecordKind.DESIGNER, RecordKind.ENTERPRISE, RecordKind.NEED)) {
                List<? extends LibraryRecord> ofKind = LibraryRecord.getEntityManager()
                        .createQuery("from " + kind.entity().getSimpleName() + " r where r.externalId like 'p-%' order by r.externalId",
                                kind.entity())
                        .getResultList();
                ofKind.stream().filter(r -> Corpus.has(r.externalId)).filter(IndexMapping::indexed).limit(kind == RecordKind.NEED ? 14 : 12)
                        .forEach(r -> {
                            SearchDocument doc = SearchDocument.of(r);
                            records.add(new SavedSearchMatcher.ChangedRecord(kind, r.ownerId, doc, indexedTerms.scoredTerms(doc)));
                        });
            }
            return records;
        });
    }

    private double twentieth(String text, Map<Facet, List<String>> filters) {
        List<Float> best = search.bestScores(text, filters, 20);
        return best.size() < 20 ? 0 : best.get(19);
    }

    /** Halfway between the middle two distinct scores: no record sits on the threshold. */
    private static double between(Map<String, Float> scores) {
        List<Float> distinct = scores.values().stream().distinct().sorted().toList();
        if (distinct.size() < 2) {
            return 0;
        }
        int middle = distinct.size() / 2;
        return (distinct.get(middle - 1) + distinct.get(middle)) / 2.0;
    }

    /** The oracle: the search run in Elasticsearch over the batch's records alone, each record's score by its key. */
    private Map<String, Float> elasticsearchScores(String text, Map<Facet, List<String>> filters, List<SavedSearchMatcher.ChangedRecord> batch) {
        Map<String, Set<Long>> ids = batch.stream().collect(Collectors.groupingBy(r -> r.doc().kind(),
                Collectors.mapping(r -> r.doc().id(), Collectors.toSet())));
        return session.search(session.scope(SearchableKinds.forReaderOfNeeds(filters)))
                .select(f -> f.composite().from(f.field(SearchFields.KIND, String.class), f.id(Long.class), f.score()).asList())
                .where(f -> {
                    var bool = f.bool();
                    if (text.isEmpty()) {
                        bool.must(f.matchAll());
                    } else {
                        textQuery.addTo(f, bool, analyzer.analyze(text));
                    }
                    filters.forEach((facet, values) -> bool.filter(f.terms().field(facet.field).matchingAny(values)));
                    bool.filter(inBatch(f, ids));
                    return bool;
                })
                .fetchHits(1000).stream()
                .collect(Collectors.toMap(hit -> hit.get(0) + ":" + hit.get(1), hit -> (Float) hit.get(2)));
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep inBatch(SearchPredicateFactory f, Map<String, Set<Long>> ids) {
        var any = f.bool();
        ids.forEach((kind, ofKind) -> any.should(f.bool().must(f.match().field(SearchFields.KIND).matching(kind)).must(f.id().matchingAny(ofKind))));
        return any;
    }
}
