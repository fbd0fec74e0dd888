package cn.wenzhou.fashion.domain;

/** The two sides of a cooperation: the enterprise with the need, and the partner it asked. */
public enum Side {
    ENTERPRISE,
    PARTNER;

    public Side other() {
        return this == ENTERPRISE ? PARTNER : ENTERPRISE;
    }
}
