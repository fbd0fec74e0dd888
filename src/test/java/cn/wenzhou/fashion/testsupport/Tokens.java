package cn.wenzhou.fashion.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens shaped like the library realm's (subject, preferred_username, realm roles, the API client
 * in "aud"), signed with the key of the WireMock OIDC server of {@link TestResources}.
 */
public final class Tokens {

    /** The issuer that the WireMock OIDC server announces. */
    private static final String ISSUER = "https://server.example.com";
    private static final String AUDIENCE = "library-api";

    private Tokens() {
    }

    /** A valid token of the user {@code subject} with these realm roles. */
    public static String of(String subject, String... roles) {
        return sign(claims(subject, roles));
    }

    public static String expired(String subject, String... roles) {
        return sign(claims(subject, roles).issuedAt(Instant.now().minusSeconds(600)).expiresAt(Instant.now().minusSeconds(300)));
    }

    /** Signed with the right key, but naming another issuer. */
    public static String foreignIssuer(String subject, String... roles) {
        return sign(claims(subject, roles).issuer("https://other-keycloak.example.com/realms/library"));
    }

    /** Meant for another client, not the library's API. */
    public static String otherAudience(String subject, String... roles) {
        return sign(claims(subject, roles).audience("another-api"));
    }

    /** A valid token whose payload was then changed to claim the admin role: its signature no longer fits. */
    public static String tampered(String subject, String... roles) {
        String[] parts = of(subject, roles).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"realm_access\":{\"roles\":[", "\"realm_access\":{\"roles\":[\"admin\",");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** Signed and valid, but without a subject: only a user name to go by. */
    public static String withoutSubject(String userName, String... roles) {
        return sign(Jwt.issuer(ISSUER).preferredUserName(userName).audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)));
    }

    /**
     * Users whose subject starts with this have the address {@code <subject>@example.test}, verified by the realm, in
     * every token (so that each sign-in keeps it): the mail tests' users. Others have none and get no mail.
     */
    public static final String MAIL_USER = "mail-";
    /** Users whose subject starts with this have the address {@code <subject>@example.test}, not verified by the realm. */
    public static final String UNVERIFIED_MAIL_USER = "unverified-";

    /** The verified address of a {@link #MAIL_USER}. */
    public static String addressOf(String subject) {
        return subject + "@example.test";
    }

    private static JwtClaimsBuilder claims(String subject, String... roles) {
        JwtClaimsBuilder claims = plainClaims(subject, roles);
        if (subject != null && (subject.startsWith(MAIL_USER) || subject.startsWith(UNVERIFIED_MAIL_USER))) {
            return claims.claim("email", addressOf(subject)).claim("email_verified", subject.startsWith(MAIL_USER));
        }
        return claims;
    }

    private static JwtClaimsBuilder plainClaims(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .preferredUserName(subject)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
