package cn.wenzhou.fashion.search;

import static cn.wenzhou.fashion.search.SearchFields.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import cn.wenzhou.fashion.common.Labels;

/**
 * Full-text search with multi-select facets across institutions, designers, enterprises and, for signed-in
 * users, needs. Hits carry no contact details: the indexes hold none.
 */
@ApplicationScoped
public class SearchService {

    /** Enough for every value of every facet (about 80 codes, plus countries). */
    private static final int FACET_SIZE = 400;
    private static final AggregationKey<Map<String, Long>> FACET_COUNTS = AggregationKey.of("facets");
    private static final List<String> HIGHLIGHTED = List.of(NAME, TAGS, CAPABILITIES, DESCRIPTION);

    private final SearchSession session;
    private final TextQuery textQuery;
    private final SearchableKinds kinds;

    public SearchService(SearchSession session, TextQuery textQuery, SearchableKinds kinds) {
        this.session = session;
        this.textQuery = textQuery;
        this.kinds = kinds;
    }

    @Transactional
    public SearchResult search(SearchQuery query) {
        SearchScope<Searchable> scope = session.scope(kinds.forCurrentUser());
        var hits = session.search(scope).extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(hit(f), f.jsonHit()).as(CursorHit::new))
                .where(f -> predicate(f, query, null))
                .sort(f -> sort(f, query.sort()))
                .highlighter(h -> h.unified().tag("<em>", "</em>").fragmentSize(80).numberOfFragments(2))
                .aggregation(FACET_COUNTS, f -> f.terms().field(FACETS, String.class).maxTermCount(FACET_SIZE))
                .requestTransformer(request -> {
                    if (query.hasText()) {
                        Highlights.matchCharacters(request, query.text());
                    }
                    if (query.after() != null) {
                        request.body().add("search_after", query.after().values());
                    }
                });
        var result = hits.fetch(query.after() != null ? 0 : query.page() * query.size(), query.size());
        List<SearchResult.Hit> items = result.hits().stream().map(CursorHit::hit).toList();
        String next = result.hits().size() < query.size() ? null
                : SearchCursor.after(query.sort(), result.hits().get(result.hits().size() - 1).json()).encoded();

        Map<String, Long> counts = result.aggregation(FACET_COUNTS);
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> facetCounts = query.filters().containsKey(facet)
                    ? countsOf(facet, countsWithoutOwnFilter(scope, query, facet))
                    : countsOf(facet, counts);
            facets.put(facet.param, facetValues(facet, facetCounts, query.filters().getOrDefault(facet, List.of())));
        }
        return new SearchResult(result.total().hitCount(), query.page(), query.size(), items, next, facets);
    }

    /** A hit with the raw Elasticsearch hit, whose sort values are the cursor of the next page. */
    private record CursorHit(SearchResult.Hit hit, com.google.gson.JsonObject json) {
    }

    /** A selected facet counts its values as if it were not selected, so that users can add values to it. */
    private Map<String, Long> countsWithoutOwnFilter(SearchScope<Searchable> scope, SearchQuery query, Facet facet) {
        return session.search(scope)
                .where(f -> predicate(f, query, facet))
                .aggregation(FACET_COUNTS, f -> f.terms().field(FACETS, String.class).maxTermCount(FACET_SIZE))
                .fetch(0)
                .aggregation(FACET_COUNTS);
    }

    /** One facet's values and counts out of the combined {@code facet:value} counts, most frequent first. */
    private static Map<String, Long> countsOf(Facet facet, Map<String, Long> all) {
        Map<String, Long> counts = new LinkedHashMap<>();
        String prefix = facet.token("");
        all.forEach((token, count) -> {
            if (token.startsWith(prefix)) {
                counts.put(token.substring(prefix.length()), count);
            }
        });
        return counts;
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

    /** The text query AND every facet filter except {@code without}. */
    private org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            SearchPredicateFactory f, SearchQuery query, Facet without) {
        var bool = f.bool();
        if (query.hasText()) {
            textQuery.addTo(f, bool, query.text());
        } else {
            bool.must(f.matchAll());
        }
        query.filters().forEach((facet, values) -> {
            if (facet != without) {
                bool.filter(f.terms().field(facet.field).matchingAny(values));
            }
        });
        return bool;
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field(KEY);
            case UPDATED -> f.field(UPDATED_AT).desc().then().field(KEY);
            case NAME -> f.field(NAME_SORT).then().field(KEY);
        };
    }

    private static ProjectionFinalStep<SearchResult.Hit> hit(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(f.field(KIND, String.class),
                        f.id(Long.class),
                        f.field(EXTERNAL_ID, String.class),
                        f.field(NAME_SORT, String.class),
                        f.field(INDUSTRY, String.class).list(),
                        f.field(DISTRICT, String.class),
                        f.field(SCOPE, String.class),
                        f.score(),
                        f.highlight(NAME),
                        f.highlight(TAGS),
                        f.highlight(CAPABILITIES),
                        f.highlight(DESCRIPTION))
                .asArray(values -> {
                    @SuppressWarnings("unchecked")
                    List<String> industries = (List<String>) values[4];
                    return new SearchResult.Hit((String) values[0], (Long) values[1], (String) values[2], (String) values[3],
                            industries, (String) values[5], (String) values[6], (Float) values[7],
                            Highlights.byField(HIGHLIGHTED, values, 8));
                });
    }
}
