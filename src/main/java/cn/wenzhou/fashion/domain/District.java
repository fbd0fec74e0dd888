package cn.wenzhou.fashion.domain;

/** The counties and districts of Wenzhou (温州市). */
public enum District {
    LUCHENG,
    LONGWAN,
    OUHAI,
    DONGTOU,
    RUIAN,
    YUEQING,
    LONGGANG,
    YONGJIA,
    PINGYANG,
    CANGNAN,
    WENCHENG,
    TAISHUN
}
