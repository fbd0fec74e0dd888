package cn.wenzhou.fashion.domain;

/** Where a notification's mail stands. */
public enum MailState {
    /** To be mailed, alone or in the next digest. */
    PENDING,
    SENT,
    /** In-app only: the alert sends no mail, or the user has no verified address. */
    NONE,
    /** Not mailed: at delivery the user was disabled or could no longer see the record. */
    WITHHELD
}
