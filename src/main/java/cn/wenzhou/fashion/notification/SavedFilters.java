package cn.wenzhou.fashion.notification;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.wenzhou.fashion.search.Facet;

/** A saved search's facets as its alert keeps them: {@code industry=FOOTWEAR,APPAREL&kind=institution}, facets in order. */
final class SavedFilters {

    private SavedFilters() {
    }

    static String format(Map<Facet, List<String>> filters) {
        return filters.entrySet().stream().map(e -> e.getKey().param + "=" + String.join(",", e.getValue().stream().sorted().toList()))
                .collect(Collectors.joining("&"));
    }

    static Map<Facet, List<String>> parse(String stored) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (stored != null && !stored.isEmpty()) {
            Arrays.stream(stored.split("&")).map(p -> p.split("=", 2)).forEach(p -> parameters.put(p[0], List.of(p[1])));
        }
        return Facet.filters(parameters);
    }
}
