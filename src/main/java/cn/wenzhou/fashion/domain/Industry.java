package cn.wenzhou.fashion.domain;

public enum Industry {
    FOOTWEAR,
    APPAREL,
    EYEWEAR,
    ACCESSORIES,
    DESIGN_SERVICES,
    LEATHER,
    TEXTILES
}
