package cn.wenzhou.fashion.domain;

/** A registration holds a place, waits for one (first come, first moved up) or was cancelled. */
public enum RegistrationStatus {
    REGISTERED,
    WAITING,
    CANCELLED
}
