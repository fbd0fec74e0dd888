package cn.wenzhou.fashion.notification;

import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.search.AnalyzedText;
import cn.wenzhou.fashion.search.Facet;
import cn.wenzhou.fashion.search.SearchDocument;

/**
 * A saved search as its news is decided: its analyzed text, its facets and its threshold.
 *
 * @param text null for a search of facets alone
 * @param threshold the score of its 20th hit when it last ran; 0 when it had fewer
 */
public record SavedQuery(Long alertId, String owner, AnalyzedText text, Map<Facet, List<String>> filters, double threshold) {

    /** Whether a record of this kind with this document passes the search's facets, as the search's filters would. */
    boolean passes(RecordKind kind, SearchDocument doc) {
        if (kind == RecordKind.EVENT && !filters.getOrDefault(Facet.KIND, List.of()).contains(RecordKind.EVENT.code())) {
            return false;
        }
        for (var filter : filters.entrySet()) {
            if (filter.getKey().valuesOf(doc).stream().noneMatch(filter.getValue()::contains)) {
                return false;
            }
        }
        return true;
    }

    /** The tokens a record must share with the search to match it; none for facets alone. */
    List<String> tokens() {
        if (text == null) {
            return List.of();
        }
        return java.util.stream.Stream.concat(text.words().stream(), text.concepts().stream()).toList();
    }
}
