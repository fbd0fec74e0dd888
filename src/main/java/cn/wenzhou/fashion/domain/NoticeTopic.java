package cn.wenzhou.fashion.domain;

/**
 * What a notification is about (labels in {@code labels.properties}). The workflow's topics are fired by the
 * services that make the change ({@link Notice}); the alerts' topics by the alerts' evaluation.
 */
public enum NoticeTopic {
    COOPERATION_REQUESTED,
    COOPERATION_ACCEPTED,
    COOPERATION_DECLINED,
    AGREEMENT_PROPOSED,
    AGREEMENT_CONFIRMED,
    COOPERATION_COMPLETED,
    VOUCHER_DECIDED,
    REDEMPTION_CONFIRMED,
    PAYOUT_APPROVED,
    CLAIM_DECIDED,
    /** An admin approved, rejected or withdrew a settling-in (入驻). */
    SETTLEMENT_DECIDED,
    /** An admin approved or rejected an application for an incentive, or recorded its disbursement. */
    INCENTIVE_DECIDED,
    /** A registration moved up from an event's waiting list to a place. */
    REGISTRATION_MOVED_UP,
    /** A cooperation request has waited for the partner's answer for a week (configurable). */
    REQUEST_WAITING,
    /** A cooperation request went unanswered for three weeks (configurable): the enterprise hears of other partners. */
    REQUEST_UNANSWERED,
    /** A new or changed partner for a need the user follows. */
    NEW_PARTNER,
    /** A new need that the user's capabilities could serve. */
    NEED_TO_SERVE,
    /** A new or changed record for a saved search. */
    SEARCH_HIT
}
