package cn.wenzhou.fashion.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.AlertDelivery;

/**
 * One of the caller's saved searches.
 *
 * @param threshold what a new or changed record must score to be news: the score of the search's 20th hit when it last
 *            ran, 0 when it had fewer
 */
public record SavedSearchView(Long id, String q, Map<String, List<String>> filters, Double threshold, AlertDelivery delivery,
        Instant createdAt) {

    static SavedSearchView of(Alert alert) {
        Map<String, List<String>> filters = new java.util.LinkedHashMap<>();
        SavedFilters.parse(alert.facets).forEach((facet, values) -> filters.put(facet.param, values));
        return new SavedSearchView(alert.id, alert.queryText, filters, alert.threshold, alert.delivery, alert.createdAt);
    }
}
