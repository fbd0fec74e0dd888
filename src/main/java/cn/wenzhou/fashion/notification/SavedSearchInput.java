package cn.wenzhou.fashion.notification;

import java.util.List;
import java.util.Map;

/**
 * A search to save: the parameters of {@code GET /api/search} that decide its hits.
 *
 * @param q the free text, may be empty when a facet is selected
 * @param filters selected values per facet parameter ({@code industry}, {@code kind}, ...), as the search takes them
 */
public record SavedSearchInput(String q, Map<String, List<String>> filters) {
}
