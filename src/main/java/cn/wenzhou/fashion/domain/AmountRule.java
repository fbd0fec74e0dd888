package cn.wenzhou.fashion.domain;

/** How a policy's support is counted: a fixed amount, or a share of the cost the applicant declares. */
public enum AmountRule {
    FIXED,
    SHARE_OF_COST
}
