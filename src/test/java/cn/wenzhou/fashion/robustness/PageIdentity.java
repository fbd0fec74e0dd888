package cn.wenzhou.fashion.robustness;

import io.quarkus.arc.Arc;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;

/**
 * Who the pages take the next request for. The pages sign in through Keycloak's code flow into a session cookie,
 * which a test cannot mint; the other page tests name their user with {@code @TestSecurity}, one per test method. The
 * run needs many users in one method, so it sets, request by request, the identity that {@code @TestSecurity} sets
 * (requests go one at a time). Requests that carry a bearer token (the API) keep the token's user.
 */
final class PageIdentity {

    private PageIdentity() {
    }

    /** The next page requests act as this subject with this role; a null subject: anonymously. */
    static void actAs(String subject, String role) {
        Arc.container().instance(TestIdentityAssociation.class).get().setTestIdentity(subject == null ? null
                : QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(subject)).addRole(role).build());
    }

    static void anonymous() {
        actAs(null, null);
    }
}
