package cn.wenzhou.fashion.domain;

/** The decisions of admins that the audit log keeps, and users' closings of their accounts. */
public enum AuditAction {
    CLAIM_APPROVED,
    CLAIM_REJECTED,
    OWNER_ASSIGNED,
    OWNER_APPROVED,
    REGISTRY_CHANGED,
    VOUCHER_APPROVED,
    VOUCHER_REJECTED,
    VOUCHER_PAID,
    CREDIT_CODE_VERIFIED,
    ENTERPRISES_MERGED,
    COOPERATION_RESOLVED,
    USER_DISABLED,
    USER_ENABLED,
    ACCOUNT_CLOSED
}
