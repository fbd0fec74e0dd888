package cn.wenzhou.fashion.common;

public enum EnterpriseSize {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
}
