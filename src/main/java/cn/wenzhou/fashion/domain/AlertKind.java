package cn.wenzhou.fashion.domain;

/** What an {@link Alert} listens for. */
public enum AlertKind {
    /** The workflow of the user's records: one per user, made when the first notice reaches them. */
    WORKFLOW,
    /** New or changed partners of an open need its owner follows. */
    FOLLOWED_NEED,
    /** New needs that an institution's or designer's capabilities could serve. */
    CAPABILITIES,
    /** New or changed records matching a saved search. */
    SAVED_SEARCH
}
