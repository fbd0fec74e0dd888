package cn.wenzhou.fashion.search;

/** Orders of search results; each ends with the record key so that equal values keep a stable order. */
public enum SearchSort {
    RELEVANCE,
    UPDATED,
    NAME
}
