package cn.wenzhou.fashion.notification.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.notification.Unsubscribes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import lombok.RequiredArgsConstructor;

/**
 * The address of a mail's {@code List-Unsubscribe} header (RFC 8058). A mail client POSTs to it
 * ({@code List-Unsubscribe=One-Click}) without sign-in: the token in the path is the only credential. A GET, which
 * link scanners and previews make, only shows a page whose button sends that POST. Under {@code /api} so that no
 * page session or CSRF token is asked for.
 */
@Path("/api/unsubscribe/{token}")
@Tag(name = "Alerts")
@RequiredArgsConstructor
public class UnsubscribeResource {

    private final Unsubscribes unsubscribes;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(String token, Unsubscribes.UnsubscribeView alert);

        static native TemplateInstance done(Unsubscribes.UnsubscribeView alert);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @SecurityRequirements
    @APIResponse(responseCode = "200", description = "A page asking to confirm; changes nothing")
    @APIResponse(responseCode = "404", description = "No alert has this token")
    @Operation(operationId = "showUnsubscribe", summary = "The confirmation page of a mail's unsubscribe link")
    public TemplateInstance confirm(@PathParam("token") String token) {
        return Templates.confirm(token, unsubscribes.describe(token));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    @SecurityRequirements
    @APIResponse(responseCode = "200", description = "Unsubscribed: the alert's notifications stay in the inbox, with no mail")
    @APIResponse(responseCode = "404", description = "No alert has this token")
    @Operation(operationId = "unsubscribe", summary = "One-click unsubscribe from an alert's mails (RFC 8058), no sign-in")
    public TemplateInstance unsubscribe(@PathParam("token") String token) {
        return Templates.done(unsubscribes.unsubscribe(token));
    }
}
