package cn.wenzhou.fashion.common;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * THE single point to replace when single sign-on arrives: builds the acting party of a request from the
 * headers {@code X-Actor-Id}, {@code X-Actor-Roles} ({@code enterprise,admin}) and {@code X-Actor-Profiles}
 * ({@code enterprise:12,institution:5}). The OIDC version builds the same {@link Actor} from the
 * SecurityIdentity (subject, roles) and the profiles whose {@code ownerId} is the subject.
 * Until then these headers are trusted as sent: run only on a trusted network.
 */
@ApplicationScoped
public class ActorResolver {

    public static final String ID = "X-Actor-Id";
    public static final String ROLES = "X-Actor-Roles";
    public static final String PROFILES = "X-Actor-Profiles";

    @Inject
    HttpHeaders headers;

    /** The acting party of the current request; without headers an anonymous actor that may do nothing. */
    public Actor current() {
        String id = headers.getHeaderString(ID);
        return new Actor(id == null || id.isBlank() ? null : id.strip(), roles(headers.getHeaderString(ROLES)),
                profiles(headers.getHeaderString(PROFILES)));
    }

    private static Set<String> roles(String header) {
        var roles = new LinkedHashSet<String>();
        for (String role : split(header)) {
            roles.add(role.toLowerCase());
        }
        return roles;
    }

    private static Set<Actor.ProfileRef> profiles(String header) {
        var profiles = new LinkedHashSet<Actor.ProfileRef>();
        for (String item : split(header)) {
            String[] parts = item.split(":");
            if (parts.length != 2 || !parts[1].strip().matches("[0-9]{1,18}")) {
                throw new InvalidFieldException(PROFILES, "must list profiles as kind:id, such as enterprise:12,institution:5");
            }
            profiles.add(new Actor.ProfileRef(parts[0].strip().toLowerCase(), Long.parseLong(parts[1].strip())));
        }
        return profiles;
    }

    private static String[] split(String header) {
        return header == null || header.isBlank() ? new String[0]
                : Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
