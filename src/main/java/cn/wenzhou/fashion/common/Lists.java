package cn.wenzhou.fashion.common;

import java.util.List;
import java.util.Objects;

/** Input lists are optional and may contain nulls or repeats; stored lists are neither. */
public final class Lists {

    private Lists() {
    }

    public static <T> List<T> copyOf(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).distinct().toList();
    }
}
