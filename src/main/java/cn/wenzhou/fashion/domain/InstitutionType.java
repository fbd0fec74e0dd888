package cn.wenzhou.fashion.domain;

public enum InstitutionType {
    DESIGN_INSTITUTE,
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    TESTING_LAB,
    TECH_TRANSFER_CENTER,
    INDUSTRIAL_DESIGN_CENTER,
    NEW_RD_INSTITUTION
}
