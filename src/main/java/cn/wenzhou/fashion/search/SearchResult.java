package cn.wenzhou.fashion.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits across kinds, with the facet counts of the whole result.
 *
 * @param next cursor of the following page (pass it as {@code after}); null on the last page
 */
public record SearchResult(long total, int page, int size, List<Hit> items, String next, Map<String, List<FacetValue>> facets) {

    /**
     * One record found. {@code highlights} maps a field (name, description, tags, capabilities) to
     * fragments of its text with the matched terms marked.
     */
    public record Hit(String kind, Long id, String externalId, String name, List<String> industries, String district,
            String scope, float score, Map<String, List<Fragment>> highlights) {

        public Hit withHighlights(Map<String, List<Fragment>> marked) {
            return new Hit(kind, id, externalId, name, industries, district, scope, score, marked);
        }
    }

    /** A facet value with its count; a selected value is listed even when its count is 0. */
    public record FacetValue(String value, String label, String labelEn, long count, boolean selected) {
    }
}
