package cn.wenzhou.fashion.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The matches of a request: how many, and the counts of the combined {@code facet:value} tokens of the facets
 * field, read back per facet.
 */
record FacetCounts(long total, Map<String, Long> tokens) {

    /** One facet's values and counts, most frequent first; an implied value counts what the others leave. */
    Map<String, Long> of(Facet facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        String prefix = facet.token("");
        tokens.forEach((token, count) -> {
            if (token.startsWith(prefix)) {
                counts.put(token.substring(prefix.length()), count);
            }
        });
        if (facet.implied == null) {
            return counts;
        }
        long implied = total - counts.values().stream().mapToLong(Long::longValue).sum();
        if (implied > 0) {
            counts.put(facet.implied, implied);
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }
}
