package cn.wenzhou.fashion.account.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.wenzhou.fashion.account.Me;
import cn.wenzhou.fashion.account.MeService;
import cn.wenzhou.fashion.account.PersonalData;
import cn.wenzhou.fashion.account.PersonalDataExport;

import lombok.RequiredArgsConstructor;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in user and the profiles they own")
@RequiredArgsConstructor
public class MeResource {

    private final MeService service;
    private final PersonalData personalData;

    @GET
    // The service refuses callers without a token (MeService); no framework annotation says so, this does.
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The signed-in user")
    @Operation(operationId = "getCurrentUser", summary = "Who the signed-in user is: subject, name, the library's roles and the profiles they own")
    public Me me() {
        return service.me();
    }

    @GET
    @Path("data")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "What the library holds about you, as a JSON file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalDataExport.class)))
    @Operation(operationId = "exportPersonalData", summary = "Download what the library holds about you: your user record, profiles, claims, cooperations and vouchers")
    public Response export() {
        return Response.ok(personalData.export()).header("Content-Disposition", "attachment; filename=\"personal-data.json\"").build();
    }

    @DELETE
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "204", description = "Your account is closed in the library and your personal fields erased")
    @Operation(operationId = "closeAccount", summary = "Close your account: personal fields erased, profiles released; cooperations and vouchers kept under a pseudonym",
            description = "The bureau must keep agreements and vouchers; they stay, naming you only by your account's random subject. "
                    + "Your profiles lose their contact details and their owner; a designer profile, a person's, also its name and description.")
    public void close() {
        personalData.close();
    }
}
