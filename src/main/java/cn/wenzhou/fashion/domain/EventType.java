package cn.wenzhou.fashion.domain;

/** What an event is (its labels in {@code labels.properties}); not called kind, which is the record kind of search. */
public enum EventType {
    TRAINING,
    FORUM,
    LECTURE,
    EXCHANGE,
    COMPETITION
}
