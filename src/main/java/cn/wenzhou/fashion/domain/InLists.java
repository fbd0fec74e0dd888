package cn.wenzhou.fashion.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Values cut into lists short enough for one {@code in :values} parameter: PostgreSQL takes at most 65,535
 * parameters a statement, and Hibernate pads a list to the next power of two (an import of 70,000 enterprises bound
 * 262,144).
 */
final class InLists {

    static final int MAX = 1_000;

    private InLists() {
    }

    static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> lists = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX) {
            lists.add(all.subList(from, Math.min(all.size(), from + MAX)));
        }
        return lists;
    }
}
