package cn.wenzhou.fashion.search;

import java.util.List;

/**
 * A type-ahead proposal: a name, tag or capability title, and how many records carry it.
 *
 * @param text the value as stored, to put in a search box as it is
 * @param highlighted the same value with what was typed marked, for a list to show (the API renders it as
 *        escaped HTML, like every {@link Fragment}); values found within typos have no mark
 */
public record Suggestion(String text, Fragment highlighted, long count) {

    static Suggestion of(String text, String typed, long count) {
        boolean startsWithTyped = text.regionMatches(true, 0, typed, 0, typed.length());
        return new Suggestion(text, new Fragment(text, startsWithTyped ? List.of(new Fragment.Mark(0, typed.length())) : List.of()), count);
    }
}
