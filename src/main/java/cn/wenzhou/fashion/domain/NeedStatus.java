package cn.wenzhou.fashion.need;

/** OPEN needs are matched with partners; CLOSED ones are kept for the record. */
public enum NeedStatus {
    OPEN,
    CLOSED
}
