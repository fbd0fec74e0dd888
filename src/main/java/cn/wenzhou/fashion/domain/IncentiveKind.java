package cn.wenzhou.fashion.domain;

/** The kinds of support the bureau's incentive policies give to members who settle in. */
public enum IncentiveKind {
    RENT_SUBSIDY,
    TAX_RELIEF,
    RD_FUNDING,
    TALENT_AWARD
}
