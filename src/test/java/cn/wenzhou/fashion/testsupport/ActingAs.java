package cn.wenzhou.fashion.testsupport;

import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Runs service code outside an HTTP request as a signed-in user, for tests that interleave transactions by hand:
 * a request context of its own whose identity is the user's subject and roles.
 */
public final class ActingAs {

    private ActingAs() {
    }

    public static <T> T call(String subject, String role, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(subject)).addRole(role).build());
            return work.get();
        } finally {
            requestContext.terminate();
        }
    }

    public static void run(String subject, String role, Runnable work) {
        call(subject, role, () -> {
            work.run();
            return null;
        });
    }
}
