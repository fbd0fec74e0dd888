package cn.wenzhou.fashion.domain;

public enum EnterpriseSize {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
}
