package cn.wenzhou.fashion.domain;

public enum CapabilityCategory {
    INDUSTRIAL_DESIGN,
    FASHION_DESIGN,
    MATERIAL_RD,
    PROCESS_TECH,
    TESTING_CERTIFICATION,
    DIGITAL_TECH,
    BRAND_MARKETING,
    TRAINING,
    IP_SERVICES
}
