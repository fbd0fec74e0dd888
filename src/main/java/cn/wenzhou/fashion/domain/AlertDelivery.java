package cn.wenzhou.fashion.domain;

/** How an alert's notifications reach its owner beyond the inbox. */
public enum AlertDelivery {
    /** A mail for each notification, as it comes. */
    IMMEDIATE,
    /** One mail a day with the day's notifications. */
    DAILY_DIGEST,
    /** The inbox only: also what unsubscribing from the alert's mail leaves. */
    IN_APP
}
