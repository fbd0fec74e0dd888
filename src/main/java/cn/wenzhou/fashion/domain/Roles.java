package cn.wenzhou.fashion.domain;

import java.util.Set;

/** The realm roles of the region's Keycloak, as Quarkus roles. */
public final class Roles {
    public static final String ENTERPRISE = "enterprise";
    public static final String INSTITUTION = "institution";
    public static final String DESIGNER = "designer";
    /** Bureau staff: may change every record, import, reindex and assign profiles to users. */
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(ENTERPRISE, INSTITUTION, DESIGNER, ADMIN);

    private Roles() {
    }
}
