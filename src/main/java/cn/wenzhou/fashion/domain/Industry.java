package cn.wenzhou.fashion.common;

public enum Industry {
    FOOTWEAR,
    APPAREL,
    EYEWEAR,
    ACCESSORIES,
    DESIGN_SERVICES,
    LEATHER,
    TEXTILES
}
