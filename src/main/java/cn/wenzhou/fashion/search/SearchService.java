package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.search.SearchFields.*;
import static java.util.stream.Collectors.toSet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import cn.wenzhou.fashion.domain.Labels;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.RecordKind;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Full-text search with multi-select facets across institutions, designers, enterprises and, for signed-in
 * users, needs. Hits carry no contact details: the indexes hold none.
 */
@ApplicationScoped
public class SearchService {

    /** Enough for every value of every facet (about 80 codes, plus countries). */
    private static final int FACET_SIZE = 400;
    private static final AggregationKey<Map<String, Long>> FACET_COUNTS = AggregationKey.of("facets");
    private static final int FRAGMENT_SIZE = 80;
    private static final int FRAGMENTS = 2;
    private static final String NEED = RecordKind.NEED.code();

    /** Results kept for reuse: at most this many (a page of 20 hits with facets is some 30 kB). */
    private static final int RECENT = 1_000;

    private final SearchSession session;
    private final TextQuery textQuery;
    private final SearchableKinds kinds;
    private final DomainAnalyzer analyzer;
    private final RecentResults<Key, SearchResult> recent;
    private final StaleNeedDocuments staleNeeds;

    public SearchService(SearchSession session, TextQuery textQuery, SearchableKinds kinds, DomainAnalyzer analyzer,
            @ConfigProperty(name = "library.search.recent-results.ttl") Duration recentResultsTtl, LibraryGeneration generation,
            MeterRegistry registry, StaleNeedDocuments staleNeeds) {
        this.session = session;
        this.staleNeeds = staleNeeds;
        this.textQuery = textQuery;
        this.kinds = kinds;
        this.analyzer = analyzer;
        this.recent = new RecentResults<Key, SearchResult>(recentResultsTtl, RECENT, generation).measuredAs("recent-searches", registry);
    }

    /**
     * What decides a result: the query, the kinds the user may see, and the needs hidden since they were indexed (a
     * result kept from before a need was hidden is not reused while its change waits).
     */
    private record Key(SearchQuery query, List<Class<? extends LibraryRecord>> kinds, Set<Long> hiddenNeeds) {
    }

    /**
     * Users repeat searches (trade terms, browsing by facet): a result is kept for reuse a few seconds
     * ({@link RecentResults}); Elasticsearch's shard request cache then keeps it until the index changes.
     */
    public SearchResult search(SearchQuery query) {
        List<Class<? extends LibraryRecord>> visible = kinds.forCaller(query.filters());
        if (!visible.contains(Need.class)) {
            return recent.get(new Key(query, visible, Set.of()), () -> searchIndexes(query, visible, Set.of()));
        }
        // Needs the database hides since they were indexed: out of the query, and out of a page kept from before.
        Set<Long> hidden = staleNeeds.hidden().orElse(Set.of());
        SearchResult result = recent.get(new Key(query, visible, hidden), () -> searchIndexes(query, visible, hidden));
        List<SearchResult.Hit> items = staleNeeds.visible(result.items(), hit -> NEED.equals(hit.kind()) ? hit.id() : null);
        return items.size() == result.items().size() ? result
                : new SearchResult(result.total(), result.page(), result.size(), items, result.next(), result.facets());
    }

    /** One request for the page, the total and the facet counts: one pass over the matches. */
    private SearchResult searchIndexes(SearchQuery query, List<Class<? extends LibraryRecord>> visible, Set<Long> hiddenNeeds) {
        SearchScope<LibraryRecord> scope = session.scope(visible);
        AnalyzedText text = query.hasText() ? analyzer.analyze(query.text()) : null;
        Highlighter highlighter = text == null ? null : Highlighter.of(text, analyzer, FRAGMENT_SIZE, FRAGMENTS);
        var counted = session.search(scope).extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(hit(f), f.jsonHit()).as(CursorHit::new))
                .where(f -> predicate(f, query, text, null, hiddenNeeds))
                .sort(f -> sort(f, query.sort()))
                .aggregation(FACET_COUNTS, f -> f.terms().field(FACETS, String.class).maxTermCount(FACET_SIZE))
                .requestTransformer(request -> {
                    request.parametersMap().put("request_cache", "true");
                    if (query.after() != null) {
                        request.body().add("search_after", query.after().values());
                    }
                })
                .fetch(query.after() != null ? 0 : query.page() * query.size(), query.size());
        List<CursorHit> hits = counted.hits();
        List<SearchResult.Hit> items = hits.stream().map(h -> h.hit().highlighted(highlighter)).toList();
        String next = hits.size() < query.size() ? null : SearchCursor.after(query.sort(), hits.get(hits.size() - 1).json()).encoded();

        var counts = new FacetCounts(counted.total().hitCount(), counted.aggregation(FACET_COUNTS));
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        Set<RecordKind> searched = visible.stream().map(RecordKind::of)
                .filter(kind -> query.filters().getOrDefault(Facet.KIND, List.of(kind.code())).contains(kind.code())).collect(toSet());
        for (Facet facet : Facet.values()) {
            if (!facet.appliesTo(searched) && !query.filters().containsKey(facet)) {
                continue; // a facet none of the searched kinds has; one still selected stays, so that it can be cleared
            }
            Map<String, Long> facetCounts = (query.filters().containsKey(facet) ? countsWithoutOwnFilter(scope, query, text, facet, hiddenNeeds)
                    : counts)
                    .of(facet);
            facets.put(facet.param, facetValues(facet, facetCounts, query.filters().getOrDefault(facet, List.of())));
        }
        return new SearchResult(counts.total(), query.page(), query.size(), items, next, facets);
    }

    /**
     * The scores of a search's best hits, at most {@code count}, over the kinds a reader of needs searches: how a saved
     * search measures what a new record must score to be news.
     */
    public List<Float> bestScores(String text, Map<Facet, List<String>> filters, int count) {
        var query = new SearchQuery(text, filters, SearchSort.RELEVANCE, 0, count, null);
        AnalyzedText analyzed = query.hasText() ? analyzer.analyze(text) : null;
        return session.search(session.scope(SearchableKinds.forReaderOfNeeds(filters)))
                .select(f -> f.score())
                .where(f -> predicate(f, query, analyzed, null, Set.of()))
                .sort(f -> sort(f, SearchSort.RELEVANCE))
                .fetchHits(count);
    }

    /** A hit with the raw Elasticsearch hit, whose sort values are the cursor of the next page. */
    private record CursorHit(TextHit hit, com.google.gson.JsonObject json) {
    }

    /** A selected facet counts its values as if it were not selected, so that users can add values to it. */
    private FacetCounts countsWithoutOwnFilter(SearchScope<LibraryRecord> scope, SearchQuery query, AnalyzedText text, Facet facet,
            Set<Long> hiddenNeeds) {
        var result = session.search(scope)
                .where(f -> predicate(f, query, text, facet, hiddenNeeds))
                .aggregation(FACET_COUNTS, f -> f.terms().field(FACETS, String.class).maxTermCount(FACET_SIZE))
                .fetch(0);
        return new FacetCounts(result.total().hitCount(), result.aggregation(FACET_COUNTS));
    }

    private static List<SearchResult.FacetValue> facetValues(Facet facet, Map<String, Long> counts, List<String> selected) {
        List<SearchResult.FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(facetValue(facet, value, count, selected.contains(value))));
        for (String value : selected) {
            if (!counts.containsKey(value)) {
                values.add(facetValue(facet, value, 0, true));
            }
        }
        return values;
    }

    private static SearchResult.FacetValue facetValue(Facet facet, String value, long count, boolean selected) {
        return new SearchResult.FacetValue(value, Labels.zh(facet.labelGroup, value), Labels.en(facet.labelGroup, value), count, selected);
    }

    /** The text query AND every facet filter except {@code without}, without the hidden needs. */
    private org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            SearchPredicateFactory f, SearchQuery query, AnalyzedText text, Facet without, Set<Long> hiddenNeeds) {
        var bool = f.bool();
        if (text != null) {
            textQuery.addTo(f, bool, text);
        } else {
            bool.must(f.matchAll());
        }
        query.filters().forEach((facet, values) -> {
            if (facet != without) {
                bool.filter(f.terms().field(facet.field).matchingAny(values));
            }
        });
        if (!hiddenNeeds.isEmpty()) {
            bool.mustNot(hiddenNeeds(f, hiddenNeeds));
        }
        return bool;
    }

    /** The documents of these needs (ids are per kind: an institution may have the same). */
    static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep hiddenNeeds(SearchPredicateFactory f, Set<Long> ids) {
        return f.bool().must(f.match().field(KIND).matching(NEED)).must(f.id().matchingAny(ids));
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field(KEY);
            case UPDATED -> f.field(UPDATED_AT).desc().then().field(KEY);
            case NAME -> f.field(NAME_SORT).then().field(KEY);
        };
    }

    /** A hit with its texts, to be highlighted once the page is known. */
    private record TextHit(SearchResult.Hit hit, Map<String, List<String>> texts) {

        SearchResult.Hit highlighted(Highlighter highlighter) {
            return highlighter == null ? hit : hit.withHighlights(highlighter.highlight(texts));
        }
    }

    private static ProjectionFinalStep<TextHit> hit(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(f.field(KIND, String.class),
                        f.id(Long.class),
                        f.field(EXTERNAL_ID, String.class),
                        f.field(NAME_SORT, String.class),
                        f.field(INDUSTRY, String.class).list(),
                        f.field(DISTRICT, String.class),
                        f.field(SCOPE, String.class),
                        f.score(),
                        f.field(NAME, String.class).list(),
                        f.field(TAGS, String.class).list(),
                        f.field(CAPABILITIES, String.class).list(),
                        f.field(DESCRIPTION, String.class))
                .asArray(values -> {
                    var hit = new SearchResult.Hit((String) values[0], (Long) values[1], (String) values[2], (String) values[3],
                            strings(values[4]), (String) values[5], (String) values[6], (Float) values[7], Map.of());
                    return new TextHit(hit, SearchFields.texts(strings(values[8]), strings(values[9]), strings(values[10]),
                            (String) values[11]));
                });
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object listProjection) {
        return (List<String>) listProjection;
    }
}
