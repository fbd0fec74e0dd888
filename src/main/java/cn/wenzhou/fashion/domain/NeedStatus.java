package cn.wenzhou.fashion.domain;

/** OPEN needs are matched with partners; CLOSED ones are kept for the record. */
public enum NeedStatus {
    OPEN,
    CLOSED
}
