package cn.wenzhou.fashion.web.pages;

import java.net.URI;
import java.time.Duration;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.security.DevIdentity;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import lombok.RequiredArgsConstructor;

/**
 * Signing in and out of the pages (the OIDC tenant {@code pages}: code flow with PKCE, an encrypted session cookie)
 * and, in dev mode without Keycloak, choosing the demo user the pages act as. Every form here posts the CSRF field.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RequiredArgsConstructor
public class SignInPages {

    private static final Duration SIGN_OUT_TIMEOUT = Duration.ofSeconds(10);

    private final SecurityIdentity identity;
    private final Instance<OidcSession> sessions;
    private final Instance<OidcConfigurationMetadata> providers;
    private final DevIdentity devIdentity;
    private final PageFrames frames;
    @ConfigProperty(name = "quarkus.oidc.pages.client-id")
    private final String clientId;

    @Context
    UriInfo uri;

    @CheckedTemplate(basePath = "SignInPages")
    static class Templates {
        static native TemplateInstance signingOut(PageFrame frame, String keycloakLogout);
    }

    /** The "sign in" link of every page: Quarkus sends anonymous readers to Keycloak first, who come back here. */
    @GET
    @Path("signin")
    @Authenticated
    public Response signIn(@QueryParam("to") String to) {
        return Response.seeOther(PageFrames.localTarget(to)).build();
    }

    /**
     * Ends the pages' session here, then Keycloak's, which sends the browser home. Keycloak is reached through a
     * page of its own, not a redirect of this form: the pages' policy lets forms lead to this host only
     * ({@code form-action 'self'}), and browsers hold redirects of a form's answer to it.
     */
    @POST
    @Path("signout")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response signOut(@FormParam("lang") String lang) {
        IdTokenCredential idToken = identity.isAnonymous() ? null : identity.getCredential(IdTokenCredential.class);
        if (idToken == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        String endSession = providers.get().getEndSessionUri();
        sessions.get().logout().await().atMost(SIGN_OUT_TIMEOUT);
        URI keycloakLogout = UriBuilder.fromUri(endSession)
                .queryParam("client_id", "{client}").queryParam("id_token_hint", "{token}").queryParam("post_logout_redirect_uri", "{home}")
                .build(clientId, idToken.getToken(), uri.getBaseUri().toString());
        return Response.ok(Templates.signingOut(frames.frame(lang).signedOut(), keycloakLogout.toString()))
                .cacheControl(CacheControl.valueOf("no-store")).build();
    }

    /** Dev mode without Keycloak: the pages act as the chosen demo user (cookie {@value DevIdentity#COOKIE}); 404 elsewhere. */
    @POST
    @Path("dev-user")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response chooseDevUser(@FormParam("user") String user, @FormParam("to") String to) {
        if (!devIdentity.enabled()) {
            throw new NotFoundException();
        }
        if (!DevIdentity.choices().contains(user)) {
            throw new InvalidFieldException("user", "must be one of " + DevIdentity.choices());
        }
        NewCookie chosen = new NewCookie.Builder(DevIdentity.COOKIE).value(user).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(PageFrames.localTarget(to)).cookie(chosen).build();
    }
}
