package cn.wenzhou.fashion.domain;

/** A judge of a competition is invited by the organiser and judges once they accepted. */
public enum JudgeStatus {
    INVITED,
    ACCEPTED
}
