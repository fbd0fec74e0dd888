package cn.wenzhou.fashion.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list, numbered from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {

    /**
     * How deep paging goes: Elasticsearch's default {@code index.max_result_window}, and for the database a bound
     * that keeps {@code page * size} far from overflowing. Deeper lists are narrowed with filters (or, in search,
     * followed with the {@code after} cursor).
     */
    public static final int MAX_WINDOW = 10_000;

    /** The index of the page's first item; a 400 problem naming {@code page} when the page ends beyond {@link #MAX_WINDOW}. */
    public static int offset(int page, int size) {
        long end = ((long) page + 1) * size;
        if (page < 0 || size < 1 || end > MAX_WINDOW) {
            throw new InvalidFieldException("page", "(page + 1) × size may not exceed " + MAX_WINDOW + ": narrow the list with filters instead");
        }
        return page * size;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
