package cn.wenzhou.fashion.testsupport;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The profile of every test against the real Keycloak ({@link KeycloakTestResource}): test classes that share it
 * share one service and one Keycloak, which Quarkus starts once for them (it runs classes of a profile together).
 */
public class RealKeycloak implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakTestResource.class));
    }
}
