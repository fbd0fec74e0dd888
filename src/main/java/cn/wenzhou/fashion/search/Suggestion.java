package cn.wenzhou.fashion.search;

/** A type-ahead proposal: a name, tag or capability title, and how many records carry it. */
public record Suggestion(String text, long count) {
}
