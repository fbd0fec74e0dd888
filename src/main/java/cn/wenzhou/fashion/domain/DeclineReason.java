package cn.wenzhou.fashion.domain;

/**
 * Why a partner declined a cooperation request, from a short list (labels in {@code labels.properties}): shown to the
 * enterprise and counted in the bureau's funnel. {@code OTHER} comes with the partner's own words.
 */
public enum DeclineReason {
    NOT_OUR_FIELD,
    NO_CAPACITY,
    BUDGET_TOO_LOW,
    TIMING,
    OTHER
}
