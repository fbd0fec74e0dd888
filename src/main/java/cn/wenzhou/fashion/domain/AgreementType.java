package cn.wenzhou.fashion.domain;

/** The kinds of cooperation agreement the source document names: 资源共享, 项目合作, 品牌联合推广. */
public enum AgreementType {
    RESOURCE_SHARING,
    JOINT_PROJECT,
    BRAND_CO_PROMOTION
}
