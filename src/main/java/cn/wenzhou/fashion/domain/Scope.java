package cn.wenzhou.fashion.domain;

/**
 * Where a partner is, relative to Wenzhou: LOCAL (温州市), DOMESTIC (elsewhere in mainland China) or
 * INTERNATIONAL (any other country; Hong Kong counts as non-CN). A need's preferred scope uses the same
 * codes plus ANY.
 */
public enum Scope {
    ANY,
    LOCAL,
    DOMESTIC,
    INTERNATIONAL
}
