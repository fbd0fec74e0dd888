package cn.wenzhou.fashion.search;

/** A record that is indexed as a {@link SearchDocument}, the same fields for every kind. */
public interface Searchable {

    SearchDocument searchDocument();
}
