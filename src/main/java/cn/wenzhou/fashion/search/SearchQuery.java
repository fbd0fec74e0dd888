package cn.wenzhou.fashion.search;

import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.common.InvalidFieldException;

/**
 * A validated search: free text (may be empty), selected facet values, order and page.
 *
 * @param filters selected values per facet; values of one facet are OR-ed, facets AND-ed
 * @param after where the previous page ended (search_after), or null to page by number
 */
public record SearchQuery(String text, Map<Facet, List<String>> filters, SearchSort sort, int page, int size, SearchCursor after) {

    public static final int MAX_TEXT_LENGTH = 500;

    /** The free text of a request, refused (400 on {@code q}) when longer than a search takes. */
    public static String checkedText(String q) {
        if (q != null && q.length() > MAX_TEXT_LENGTH) {
            throw new InvalidFieldException("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return q;
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
